"""Greeters, one per name.

Python closures look a variable up when they are called, not when they are
created, so functions made in a loop would all see the loop variable's
last value.  A JavaScript `for (const name of names)` gives every iteration
its own `name` binding, so the same loop needs no fix there.  Here a small
factory function gives each greeter its own `name`.
"""


def make_greeter(name, greeting):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    return {name: make_greeter(name, greeting) for name in names}
