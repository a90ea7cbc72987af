"""Lesson 02 · Practice

Your explanation: a Python closure looks `name` up when it is called, not
when it is made, so functions defined straight in the loop would all see the
last name. The factory gives each greeter its own `name` variable. In
JavaScript `for (const name of names)` creates a fresh binding on every
iteration, so each arrow function already keeps its own name.
"""


def make_greeters(names, *, greeting="Hello"):
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}
