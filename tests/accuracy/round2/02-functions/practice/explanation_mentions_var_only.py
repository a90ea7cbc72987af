"""Your explanation: in old JavaScript `var` was hoisted to the function so
you had this bug, but now with `let`/`const` it's fine. Python is like that
too."""


def make_greeters(names, *, greeting="Hello"):
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet
    return {name: make_greeter(name) for name in names}
