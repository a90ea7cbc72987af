"""Lesson 02 · Practice

Your explanation: the inner function would look `name` up when called and see the last
name; the `name=name` default is evaluated when `def` runs, once per loop.
JavaScript's `const` in a for...of gives every iteration its own variable.
"""


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        def greet(name=name):
            return f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters
