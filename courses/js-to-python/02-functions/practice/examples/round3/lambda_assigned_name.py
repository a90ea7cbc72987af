def make_greeters(names, *, greeting="Hello"):
    """Python closures are late-binding (they look the variable up when called),
    while JS `const` in for...of is a fresh binding each time round."""
    def factory(name):
        greet = lambda: f"{greeting}, {name}!"
        return greet
    return {name: factory(name) for name in names}
