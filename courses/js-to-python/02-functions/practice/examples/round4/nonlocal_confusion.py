def make_greeters(names, *, greeting="Hello"):
    """Your explanation: `nonlocal` makes each inner function keep its own
    copy of the variable, which JavaScript does automatically."""
    greeters = {}
    current = None
    for name in names:
        current = name

        def greet():
            nonlocal current
            return f"{greeting}, {current}!"

        greeters[name] = greet
    return greeters
