def make_greeters(names, *, greeting="Hello"):
    """Map each name to a zero-argument greeter.

    Your explanation: closures in Python are late binding: the inner function
    reads the loop variable when it runs, by which point the loop has ended and
    the variable holds the last name. JS `for (const ...)` gives every
    iteration its own variable, so it doesn't have this problem.
    """
    def make_one(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    greeters = {}
    for name in names:
        greeters[name] = make_one(name)
    return greeters
