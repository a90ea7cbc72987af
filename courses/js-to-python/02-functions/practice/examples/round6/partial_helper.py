"""Lesson 02 · Practice

Your explanation: functools.partial stores the argument when it is created,
so each greeter keeps its own name. A plain closure in the loop would look the
loop variable up later, when called, and every greeter would say the last
name. JavaScript's `const` in for...of gives each iteration its own variable,
so there it just works.
"""
import functools


def _greet(greeting, name):
    return f"{greeting}, {name}!"


def make_greeters(names, *, greeting="Hello"):
    return {name: functools.partial(_greet, greeting, name) for name in names}
