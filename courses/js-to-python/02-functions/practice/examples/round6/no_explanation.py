"""Lesson 02 · Practice

Write `make_greeters(names, *, greeting="Hello")`.  It returns a dict mapping
each name to a function that takes no arguments and returns a greeting, so
that `make_greeters(["Ada", "Grace"])["Ada"]()` gives "Hello, Ada!".

Then, in this docstring (replace the line below), explain why the same loop
in JavaScript would not need the fix you used.

Your explanation: ...
"""


def make_greeters(names, *, greeting="Hello"):
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}
