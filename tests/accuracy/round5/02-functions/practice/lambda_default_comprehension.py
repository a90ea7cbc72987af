def make_greeters(names, *, greeting="Hello"):
    # Python closures are late-binding, so `name=name` captures the current
    # value; JS let/const make a new binding per loop iteration instead.
    return {name: (lambda name=name: f"{greeting}, {name}!") for name in names}
