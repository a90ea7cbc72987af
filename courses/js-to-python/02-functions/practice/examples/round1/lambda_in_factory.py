"""Lesson 02 · Practice

Your explanation: a Python closure looks `name` up when the greeter is
called, not when it is made, and the loop has only one `name` variable, so
every greeter would see the last name. In JavaScript, `for (const name of
names)` creates a fresh binding on each iteration, so each arrow function
keeps its own name without a factory.
"""


def make_greeter(greeting, name):
    greet = lambda: f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    return {name: make_greeter(greeting, name) for name in names}


if __name__ == "__main__":
    print(make_greeters(["Ada", "Grace"]))
