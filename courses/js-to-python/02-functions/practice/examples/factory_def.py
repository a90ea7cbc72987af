"""Greeters that each keep their own name.

Python closures are late binding: the inner function reads `name` when it is
called, not when it is created.  In JavaScript a `for (const name of names)`
loop gives every iteration a fresh binding, so the arrow functions never
share one.  Here the factory plays that role.
"""


def make_greeter(greeting, name):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    return {name: make_greeter(greeting, name) for name in names}
