"""Lesson 02 · Practice

Your explanation: the string is built inside the loop, so each value is fixed now; a
closure would look `name` up later, after the loop ended, and see the last
name. In JavaScript `const` makes a new binding per iteration.
"""


def make_greeters(names, *, greeting="Hello"):
    return {name: f"{greeting}, {name}!".__str__ for name in names}
