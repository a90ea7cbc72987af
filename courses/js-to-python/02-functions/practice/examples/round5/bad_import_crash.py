import functools.partial


def _greet(greeting, name):
    return f"{greeting}, {name}!"


def make_greeters(names, *, greeting="Hello"):
    # partial binds now; closures would bind late (JS const binds per loop)
    return {name: functools.partial(_greet, greeting, name) for name in names}
