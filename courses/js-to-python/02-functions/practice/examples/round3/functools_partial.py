"""Your explanation: in Python a closure created in a loop sees the loop
variable's final value because names are looked up late, when the function
runs. JavaScript's `let`/`const` in a for loop make a new binding each
iteration, so it doesn't have this problem. partial() stores the value now.
"""
from functools import partial


def _greet(greeting, name):
    return f"{greeting}, {name}!"


def make_greeters(names, *, greeting="Hello"):
    return {name: partial(_greet, greeting, name) for name in names}
