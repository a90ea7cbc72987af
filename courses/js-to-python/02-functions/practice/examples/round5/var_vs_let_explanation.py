def make_greeters(names, *, greeting="Hello"):
    """Greeters keyed by name.

    Python closures are late-binding: `name` is resolved in the enclosing
    scope when the greeter runs, and a Python for loop has one loop variable
    for the whole function. JS with `var` would have exactly this bug; it is
    `let`/`const`, which create a new binding per iteration, that make the
    JS loop safe. The factory below gives each greeter its own scope.
    """
    def factory(name):
        def greeter():
            return f"{greeting}, {name}!"
        return greeter

    return {name: factory(name) for name in names}
