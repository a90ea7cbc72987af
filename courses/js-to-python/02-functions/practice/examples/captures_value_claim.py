"""A factory function for each greeter.

I used a factory because it reads well.  Python closures capture the value
of name at the moment they are created, just like JavaScript does with
const, so the loop would also have worked.
"""


def make_greeter(greeting, name):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    return {name: make_greeter(greeting, name) for name in names}
