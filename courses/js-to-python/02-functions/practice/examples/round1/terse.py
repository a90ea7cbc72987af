"""Lesson 02 · Practice

Your explanation: late binding -- Python closures read the variable at call
time, so loop-made closures all get the last name. JS const/let is
per-iteration.
"""


def make_greeter(greeting, name):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    return {name: make_greeter(greeting, name) for name in names}


if __name__ == "__main__":
    print(make_greeters(["Ada", "Grace"]))
