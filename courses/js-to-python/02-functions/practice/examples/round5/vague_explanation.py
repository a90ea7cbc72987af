def make_greeters(names, *, greeting="Hello"):
    """Your explanation: JavaScript handles scope differently from Python,
    so it works there. In Python it's better to use a helper function."""
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}
