"""Lesson 02 · Practice

Your explanation: Python and JavaScript handle scope differently, so in
Python you need a helper function here.
"""


def make_greeters(names, *, greeting="Hello"):
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}
