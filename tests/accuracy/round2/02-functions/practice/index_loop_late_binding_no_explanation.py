"""Lesson 02 · Practice

Your explanation: ...
"""


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for i in range(len(names)):
        def greet():
            return greeting + ", " + names[i] + "!"
        greeters[names[i]] = greet
    return greeters
