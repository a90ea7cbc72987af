"""Lesson 02 · Practice

Your explanation: to avoid late binding (Python closures read the loop
variable when called, after the loop ended) I pass the name in when calling
instead of closing over it. JS's const per iteration makes this unnecessary.
"""


def make_greeters(names, *, greeting="Hello"):
    def greet(name):
        return f"{greeting}, {name}!"

    return {name: greet for name in names}
