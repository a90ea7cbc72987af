def make_greeters(names, *, greeting="Hello"):
    """Your explanation: like JavaScript's const, each inner function
    captures the value of name at the moment it is defined, so no fix is
    needed in either language."""
    greeters = {}
    for name in names:
        def greet():
            return f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters
