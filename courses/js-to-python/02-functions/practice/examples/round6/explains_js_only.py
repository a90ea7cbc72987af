"""Lesson 02 · Practice

Your explanation: in JavaScript `for (const name of names)` creates a new
`name` on every iteration, and each arrow function captures that one, which
is why the JS version needs no helper.
"""


def make_greeters(names, *, greeting="Hello"):
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}
