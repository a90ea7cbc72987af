"""Lesson 02 · Practice

Your explanation: a Python closure looks `name` up when it is called, not when
it is made, so greeters created in a loop would all see the loop's last name.
A factory function gives each greeter its own `name`. In JavaScript,
`for (const name of names)` creates a new binding per iteration, so each arrow
function already keeps its own name.
"""


def make_greeters(names, *, greeting="Hello"):
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}
