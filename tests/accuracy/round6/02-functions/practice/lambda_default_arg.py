"""Lesson 02 · Practice

Your explanation: Python closures look variables up when they run, so each
lambda would see the last name; `name=name` binds the value when the lambda
is created. JS gets a new binding per iteration of for...of.
"""


def make_greeters(names, *, greeting="Hello"):
    return {name: (lambda name=name: f"{greeting}, {name}!") for name in names}
