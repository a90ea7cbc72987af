"""Lesson 02 · Practice

Your explanation: ...
"""


def make_greeters(names, *, greeting="Hello"):
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}
