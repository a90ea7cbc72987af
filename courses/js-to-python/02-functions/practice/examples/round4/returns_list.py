def make_greeters(names, *, greeting="Hello"):
    """Python closures are late-bound: the loop variable is read when the
    function runs, so I bind it via a factory.  JS const loops don't need it."""
    def factory(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return [factory(name) for name in names]
