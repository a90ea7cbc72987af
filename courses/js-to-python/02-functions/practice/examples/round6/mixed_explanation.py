"""Lesson 02 · Practice

Your explanation: Python closures look up `name` when called, so without the
factory every greeter would say the last name. JavaScript never has this
problem with any loop, var or let, because JS closures copy the value.
"""


def make_greeters(names, *, greeting="Hello"):
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}
