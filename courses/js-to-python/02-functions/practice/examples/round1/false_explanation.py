"""Lesson 02 · Practice

Your explanation: in Python the loop variable is deleted once the loop
finishes, so closures made in the loop would raise NameError later. JS keeps
the variable alive, which is why it needs no fix.
"""


def make_greeter(greeting, name):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    return {name: make_greeter(greeting, name) for name in names}


if __name__ == "__main__":
    print(make_greeters(["Ada", "Grace"]))
