"""Lesson 02 · Practice

Your explanation: in Python a closure copies the variables it uses when the function is
defined. The problem is that a dict comprehension reuses one function object,
so I build a new function for each name. In JavaScript every arrow function
is a new object.
"""


def make_greeters(names, *, greeting="Hello"):
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}
