"""Your explanation: Python's scoping rules are different from JavaScript's
so I used a helper function to be safe."""


def make_greeters(names, *, greeting="Hello"):
    def helper(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet
    return {name: helper(name) for name in names}
