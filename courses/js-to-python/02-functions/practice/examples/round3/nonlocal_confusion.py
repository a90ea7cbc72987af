def make_greeters(names, *, greeting="Hello"):
    # Python closures are late-binding: they read the variable when called.
    # JS const in for...of creates a new binding per iteration.
    greeters = {}
    for name in names:
        current = name  # copy it so each closure keeps its own
        def greet():
            return f"{greeting}, {current}!"
        greeters[name] = greet
    return greeters
