def make_greeters(names, *, greeting="Hello"):
    # Python closures look up variables late, at call time; JS `const` in a
    # for...of loop is re-created every iteration, so JS needs no factory.
    def make_greeter(name):
        def greet():
            return f"{greeting} {name}"
        return greet

    return {name: make_greeter(name) for name in names}
