def make_greeters(names, *, greeting="Hello"):
    """Your explanation: late binding means a closure sees the loop
    variable's final value; JavaScript's const gives a new binding per
    iteration. The factory gives each greeter its own name."""
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return [make_greeter(name) for name in names]
