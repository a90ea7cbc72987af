"""Lesson 02 · Practice

Your explanation: Python closures look `name` up when they run, so a loop would leave
every greeter with the last name; the factory gives each call its own scope.
JavaScript does not have this problem with any loop, even `for (var name ...)`,
because every function captures the value it saw.
"""


def make_greeters(names, *, greeting="Hello"):
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}
