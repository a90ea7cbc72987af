def make_greeters(names, *, greeting="Hello"):
    # Same as the JavaScript: each arrow function gets its own name because
    # const makes a new binding per iteration.
    greeters = {}
    for name in names:
        greeters[name] = lambda: f"{greeting}, {name}!"
    return greeters
