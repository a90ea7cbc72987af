"""Lesson 02 · Practice

Your explanation: a Python closure looks `name` up when it is called, not
when it is made, so functions defined straight in the loop would all see the
last name (late binding). In JavaScript, `for (const name of names)` creates a
fresh binding on every iteration, so each arrow function already keeps its
own name. Here a factory function gives each greeter its own scope.
"""


def makeGreeter(name, greeting):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    return {name: makeGreeter(name, greeting) for name in names}
