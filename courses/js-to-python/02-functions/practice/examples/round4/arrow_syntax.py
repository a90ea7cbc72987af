def make_greeters(names, *, greeting="Hello"):
    """Closures bind late in Python, so I use a factory."""
    return {name: () => f"{greeting}, {name}!" for name in names}
