def make_greeters(names, *, greeting="Hello"):
    # Closures in Python are late-binding: the inner function reads `name`
    # when called, after the loop has finished. JS's `const` in for...of
    # gives each iteration a new variable, so it wouldn't need this.
    # Binding through a default argument freezes the current value.
    greeters = {}
    for name in names:
        def greet(name=name):
            return f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters
