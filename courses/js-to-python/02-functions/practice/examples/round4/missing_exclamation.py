def make_greeters(names, *, greeting="Hello"):
    """Each greeter needs its own name: Python closures resolve variables
    when called, so greeters built in the loop body would all use the final
    name.  JavaScript's block-scoped const avoids this per iteration."""

    def factory(name):
        def greet():
            return f"{greeting} {name}"
        return greet

    return {name: factory(name) for name in names}
