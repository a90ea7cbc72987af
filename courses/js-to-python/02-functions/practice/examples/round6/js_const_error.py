"""Lesson 02 · Practice

Your explanation: JS const makes a new binding per iteration.
"""


def make_greeters(names, *, greeting="Hello"):
    const greeters = {}
    for name in names:
        greeters[name] = make_greeter(name, greeting)
    return greeters
