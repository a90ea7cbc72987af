# Why the fix: Python closures capture variables, not values, and look them up
# at call time, so without `name=name` every greeter would greet the last
# name. In JS a `const` loop variable is a new binding per iteration.


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        def greet(name=name):
            return f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters
