"""Lesson 02 · Practice

Your explanation: closures in Python look up their variables when called
(late binding), so a def in the loop would use the last name. The factory
gives each greeter its own name. JS const is rebound per iteration.
"""


def make_greeters(names, *, greeting="Hello"):
    def make_greeter(name):
        def greet():
            return f"Hello, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}
