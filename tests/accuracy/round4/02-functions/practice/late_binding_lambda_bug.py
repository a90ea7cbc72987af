def make_greeters(names, *, greeting="Hello"):
    """Your explanation: JS and Python work the same here."""
    greeters = {}
    for name in names:
        greeters[name] = lambda: f"{greeting}, {name}!"
    return greeters
