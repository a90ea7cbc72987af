"""Lesson 02 · Practice

Your explanation: Python evaluates default arguments only once, when the
function is defined, so a mutable default would be shared. JS creates
defaults fresh on each call, so it doesn't need the fix.
"""


def make_greeter(greeting, name):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    return {name: make_greeter(greeting, name) for name in names}


if __name__ == "__main__":
    print(make_greeters(["Ada", "Grace"]))
