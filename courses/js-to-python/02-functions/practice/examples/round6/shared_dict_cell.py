"""Lesson 02 · Practice

Your explanation: Python closures are late-binding: they read variables
at call time. JavaScript's for...of const creates a new binding each time.
"""


def make_greeters(names, *, greeting="Hello"):
    current = {"name": None}
    greeters = {}
    for name in names:
        current["name"] = name

        def greet():
            return f"{greeting}, {current['name']}!"

        greeters[name] = greet
    return greeters
