def make_greeter(greeting, name):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    # There is one `name` variable for the whole loop; a closure looks it up
    # when it runs.  JavaScript creates a new binding each iteration.
    greeters = {}
    for name in names:
        greeters[name] = make_greeter(greeting, name)
    return greeters
