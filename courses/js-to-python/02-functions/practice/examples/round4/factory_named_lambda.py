def make_greeter(name, greeting):
    greet = lambda: f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    # Closures in Python look names up at call time (late binding), so
    # building them directly in the loop would make them all use the last
    # name.  The factory call gives each its own scope.  JS needs no factory
    # because a for...of with const creates a new binding per iteration.
    return {name: make_greeter(name, greeting) for name in names}
