"""Lesson 02 · Practice

Your explanation: Python closures capture the value of `name` when the function is
defined, the same as JavaScript, so no special fix is needed.
"""


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        def greet():
            return f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters
