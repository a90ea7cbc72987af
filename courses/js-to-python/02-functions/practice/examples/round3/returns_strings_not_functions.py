def make_greeters(names, *, greeting="Hello"):
    return {name: f"{greeting}, {name}!" for name in names}
