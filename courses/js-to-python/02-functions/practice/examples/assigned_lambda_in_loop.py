def make_greeters(names, *, greeting="Hello"):
    # The default argument is evaluated now, so each greeter keeps its own
    # name; without it every closure would see the last value.  JavaScript
    # needs no default: const is a new binding on each iteration.
    greeters = {}
    for name in names:
        greet = lambda name=name: f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters
