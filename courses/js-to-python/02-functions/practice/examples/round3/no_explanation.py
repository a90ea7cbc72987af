"""Lesson 02 · Practice

Your explanation: ...
"""


def make_greeters(names, *, greeting="Hello"):
    def build(name):
        def greeter():
            return f"{greeting}, {name}!"
        return greeter
    return {n: build(n) for n in names}
