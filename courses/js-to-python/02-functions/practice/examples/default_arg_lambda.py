def make_greeters(names, *, greeting="Hello"):
    # A lambda in the comprehension would look `name` up when it is called and
    # find the last name.  The default `name=name` is evaluated on each
    # iteration, so every greeter keeps its own.  JavaScript's `let` and
    # `const` make a new binding per iteration, so it needs no such trick.
    return {name: (lambda name=name: f"{greeting}, {name}!") for name in names}
