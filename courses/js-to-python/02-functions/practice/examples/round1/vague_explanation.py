"""Lesson 02 · Practice

Your explanation: closures work a bit differently in Python than in JS, so
I used a helper function to be safe.
"""


def make_greeter(greeting, name):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    return {name: make_greeter(greeting, name) for name in names}


if __name__ == "__main__":
    print(make_greeters(["Ada", "Grace"]))
