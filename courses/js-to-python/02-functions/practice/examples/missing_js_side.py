"""The factory gives each greeter a scope of its own.

Without it, a lambda in the loop is late binding: it looks name up when it
is called, after the loop ended, and every greeter greets the last name.
"""


def make_greeter(greeting, name):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    return {name: make_greeter(greeting, name) for name in names}
