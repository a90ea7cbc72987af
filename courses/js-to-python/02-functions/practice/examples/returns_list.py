def make_greeter(greeting, name):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    # A closure looks name up when it is called (late binding); JavaScript's
    # const gives each iteration its own binding.
    return [make_greeter(greeting, name) for name in names]
