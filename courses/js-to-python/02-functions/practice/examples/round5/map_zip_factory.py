def make_greeters(names, *, greeting="Hello"):
    # Late binding: a closure reads the loop variable when it is called, so
    # all closures made in one loop share its final value. JS for...of with
    # const has a new binding per iteration and doesn't have this problem.
    def factory(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return dict(zip(names, map(factory, names)))
