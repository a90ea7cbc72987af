def make_greeters(names, *, greeting="Hello"):
    # Python looks closure variables up at call time (late binding), unlike
    # JS for...of with const, which binds a new variable per iteration.
    def make(name):
        def greet():
            print(f"{greeting}, {name}!")
        return greet

    return {name: make(name) for name in names}
