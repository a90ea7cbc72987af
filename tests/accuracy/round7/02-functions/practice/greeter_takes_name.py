"""Lesson 02 · Practice

Your explanation: each greeter gets the name when it is called, so there is no closure
problem at all.
"""


def make_greeters(names, *, greeting="Hello"):
    def greet(name):
        return f"{greeting}, {name}!"

    return {name: greet for name in names}
