"""Lesson 02 · Practice

Your explanation: Python closures are late binding, so each greeter needs
its own scope from a factory; JavaScript's const gives one per iteration.
"""


def make_greeters(names, *, greeting="Hello"):
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}


greeters = make_greeters(NAMES)
print(greeters["Ada"]())
