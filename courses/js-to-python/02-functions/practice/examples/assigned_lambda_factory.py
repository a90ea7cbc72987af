# A closure looks its variables up when it is called (late binding), so each
# greeter needs its own scope; JavaScript's let gives a new binding per
# iteration instead.
make_greeter = lambda greeting, name: lambda: f"{greeting}, {name}!"


def make_greeters(names, *, greeting="Hello"):
    return {name: make_greeter(greeting, name) for name in names}
