"""Lesson 02 · Practice

Your explanation: the factory call creates a new scope for each name. A
closure made directly in the loop would look `name` up late, at call time,
and get the last name. JS's const is a new variable per iteration.
"""


def make_greeters(names, *, greeting="Hello"):
    make_one = lambda name: lambda: f"{greeting}, {name}!"
    return {name: make_one(name) for name in names}
