def make_greeters(names, *, greeting="Hello"):
    """Your explanation: JavaScript copies strings by value into closures,
    while Python passes strings by reference, so all closures would share the
    same string object unless a helper copies it."""
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}
