"""Lesson 02 · Practice

Your explanation: no fix is needed: like JavaScript, a Python function made
in the loop remembers the value of name at the time it was created.
"""


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        def greet():
            return f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters
