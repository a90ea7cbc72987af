"""Lesson 02 · Practice

Your explanation: Python evaluates a closure's variables when the function is
defined, just like JavaScript; I used a factory anyway because creating a
function in a loop is slow in Python.
"""


def make_greeters(names, *, greeting="Hello"):
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}
