def make_greeters(names, *, greeting="Hello"):
    # closures are late binding in Python
    return {name: () => f"{greeting}, {name}!" for name in names}
