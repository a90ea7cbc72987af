"""Lesson 02 · Practice

Your explanation: the inner function would otherwise see the loop variable's
last value because Python closures look variables up at call time. A default
is evaluated at def time. In JavaScript each loop iteration gets a fresh
const binding, so no trick is needed.
"""


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        def greet(*, _name=name):
            return f"{greeting}, {_name}!"
        greeters[name] = greet
    return greeters
