"""Your explanation: JavaScript would need the fix too if you used var,
but in Python closures copy the variable's value when the function is
defined, so the factory is only for readability."""


def make_greeters(names, *, greeting="Hello"):
    def make_one(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet
    return {name: make_one(name) for name in names}
