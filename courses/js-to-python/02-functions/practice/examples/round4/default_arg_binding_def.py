def make_greeters(names, *, greeting="Hello"):
    """Explanation: a closure in Python reads `name` when it runs, so after
    the loop every greeter would say the last name.  JS's `const` in a
    for...of loop creates a fresh binding per iteration, which Python's for
    loop does not.  The default argument `name=name` is evaluated at def
    time, freezing the current value.
    """
    greeters = {}
    for name in names:
        def greet(name=name):
            return f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters
