def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        def greet():
            return f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters
