"""Lesson 02 · Practice

Your explanation: partial() captures greeting and name immediately; a closure in the
loop would read the loop variable only when called, after the loop, and every
greeter would use the last name. JavaScript's const gives each iteration a new
binding, so it does not have the problem.
"""


from functools import partial


def make_greeters(names, *, greeting="Hello"):
    return {name: partial("{}, {}!".format, greeting, name) for name in names}
