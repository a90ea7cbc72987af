def make_greeters(names, *, greeting="Hello"):
    return {name: lambda: f"{greeting}, {name}!" for name in names}
