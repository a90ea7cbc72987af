"""Lesson 02 · Practice

Your explanation: Python closures look up `name` when the greeter runs, not
when it is created, so every function made in a plain loop would see the
last name. In JavaScript `for (const name of names)` creates a fresh
binding per iteration, so each arrow function keeps its own name. Here a
factory function gives each greeter its own scope.
"""


def make_greeters(names, *, greeting="Hello"):
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}
