def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"


def make_greeters(names, *, greeting="Hello"):
    # No closures at all, so no late binding: the name is looked up when each
    # greeter is called with it.  JavaScript's const gives a new binding per
    # iteration, but here it does not matter.
    return {name: greet for name in names}
