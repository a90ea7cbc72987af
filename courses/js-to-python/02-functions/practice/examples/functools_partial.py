"""partial stores the arguments now, so nothing is looked up later.

A closure in the loop would be late binding and greet the last name every
time; JavaScript avoids that because `const` in a for...of loop is a new
binding on each iteration.
"""
from functools import partial


def greet(greeting, name):
    return f"{greeting}, {name}!"


def make_greeters(names, *, greeting="Hello"):
    return {name: partial(greet, greeting, name) for name in names}
