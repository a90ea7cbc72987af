def make_greeters(names, *, greeting="Hello"):
    # JavaScript's const gives each iteration a new binding; a Python closure
    # looks the variable up when it is called.
    return {name: lambda: f"{greeting}, {name}!" for name in names}
