def make_greeters(names, *, greeting="Hello"):
    # closures are late binding in Python; JS const is per iteration
    return {name: () => f"{greeting}, {name}!" for name in names}
