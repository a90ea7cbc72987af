def make_greeters(names, *, greeting="Hello"):
    """Your explanation: closures are late-binding in Python (the loop
    variable is read when the closure runs), while JS const in for...of is a
    new binding per iteration. Building the strings right away sidesteps it."""
    return {name: f"{greeting}, {name}!" for name in names}
