def make_greeters(names, *, greeting="Hello"):
    """Map each name to a no-argument greeter.

    Your explanation: a Python closure looks `name` up when it is called, not
    when it is created, and a `for` loop reuses one variable, so greeters made
    directly in the loop would all say the last name. In JavaScript,
    `for (const name of names)` creates a new binding on every iteration, so
    each arrow function keeps its own name without a factory.
    """
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}
