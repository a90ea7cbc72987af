"""Lesson 02 · Practice

Your explanation: closures are late-binding: the body reads `name` at call time. A
default value is evaluated once when `def` runs, so `name=name` freezes the
current name in each greeter. JavaScript's for...of with const/let already
creates a fresh variable on each pass, so the arrow functions are fine.
"""


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        def greet(name=name):
            return f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters
