def make_greeters(names, *, greeting="Hello"):
    """Explanation: the loop variable is looked up when a closure runs, so
    all closures would see the last name; JavaScript's const creates a new
    binding per iteration. A default argument fixes it here."""
    greeters = {}
    for name in names:
        greet = lambda n=name: f"{greeting}, {n}!"
        greeters[name] = greet
    return greeters
