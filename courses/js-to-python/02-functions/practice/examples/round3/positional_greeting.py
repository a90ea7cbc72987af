def make_greeters(names, greeting="Hello"):
    """Closures bind late in Python (lookup at call time), unlike JS const per iteration."""
    def make(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet
    return {name: make(name) for name in names}
