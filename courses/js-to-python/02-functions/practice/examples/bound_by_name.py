def make_greeter(greeting, name):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    # Python's closures bind variables by name, not by value: a lambda in the loop
    # would print Linus three times because it reads name after the loop finished.
    # JS creates a new `name` for each pass of a for...of loop with const.
    return {name: make_greeter(greeting, name) for name in names}
