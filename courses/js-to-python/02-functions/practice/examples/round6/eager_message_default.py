"""Lesson 02 · Practice

Your explanation: the default value is evaluated when `def` runs, i.e. on
that iteration, whereas a closure would look `name` up at call time (late
binding) and see the last one. JS's per-iteration const binding avoids this.
"""


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        message = f"{greeting}, {name}!"

        def greet(message=message):
            return message

        greeters[name] = greet
    return greeters
