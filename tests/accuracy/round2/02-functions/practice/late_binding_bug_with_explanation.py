"""Your explanation: Python closures are late binding, they look the variable
up when called. JavaScript's const in for...of gives a new binding per
iteration so it doesn't have that problem."""


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        def greet():
            return f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters
