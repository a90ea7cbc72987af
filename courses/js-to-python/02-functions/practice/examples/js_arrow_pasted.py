def make_greeters(names, *, greeting="Hello"):
    # JavaScript's const makes a new binding per iteration; a Python closure
    # looks the variable up when it is called.
    greeters = {}
    for name in names:
        greeters[name] = () => f"{greeting}, {name}!"
    return greeters
