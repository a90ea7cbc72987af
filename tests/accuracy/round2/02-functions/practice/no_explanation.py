"""Lesson 02 · Practice

Write `make_greeters(names, *, greeting="Hello")`.  It returns a dict mapping
each name to a function that takes no arguments and returns a greeting.

Your explanation: ...
"""


def make_greeters(names, *, greeting="Hello"):
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet
    return {name: make_greeter(name) for name in names}
