"""Your explanation: both languages capture variables by reference, so
JavaScript would print the last name too unless you use an IIFE. I used a
factory function, which is Python's version of the IIFE."""


def make_greeters(names, *, greeting="Hello"):
    def factory(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet
    return {name: factory(name) for name in names}
