def make_greeters(names, *, greeting="Hello"):
    """Late binding: closures read variables when called; JS const rebinds per loop."""
    def factory(name):
        def greet():
            return f"Hello, {name}!"
        return greet
    return {name: factory(name) for name in names}
