"""Lesson 02 · Practice

Your explanation: partial() stores the arguments when it is created, so each greeter
keeps its name. A closure made in the loop would read `name` only when called,
by then the last one. JS `const` gives each iteration a fresh binding.
"""


from functools import partial


def _greet(greeting, name):
    return f"{greeting}, {name}!"


def make_greeters(names, *, greeting="Hello"):
    return {name: partial(_greet, greeting, name) for name in names}
