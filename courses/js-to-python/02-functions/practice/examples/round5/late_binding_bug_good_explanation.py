def make_greeters(names, *, greeting="Hello"):
    """Your explanation: closures in Python look up variables when they are
    called (late binding), unlike JS where const in a for...of loop is a new
    binding for each iteration."""

    def greet():
        return f"{greeting}, {name}!"

    return {name: greet for name in names}
