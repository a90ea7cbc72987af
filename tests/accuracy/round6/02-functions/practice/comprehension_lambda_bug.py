"""Lesson 02 · Practice

Your explanation: Python closures are late binding, they look up the loop
variable when called. A comprehension has its own scope, so each lambda gets
its own name, unlike a plain for loop. In JavaScript const in for...of gives
each iteration its own binding.
"""


def make_greeters(names, *, greeting="Hello"):
    return {name: lambda: f"{greeting}, {name}!" for name in names}
