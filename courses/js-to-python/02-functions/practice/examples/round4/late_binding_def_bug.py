def make_greeters(names, *, greeting="Hello"):
    """Your explanation: Python's for loop, like JS's let/const loop, gives
    each iteration its own scope, so no fix is needed in either language."""
    greeters = {}
    for name in names:
        def greet():
            return f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters
