from functools import partial


def _greet(greeting, name):
    return f"{greeting}, {name}!"


def make_greeters(names, *, greeting="Hello"):
    # A closure created in the loop would look `name` up when called and
    # see only the last name (late binding).  partial() stores the current
    # value right away.  In JS, `const name` in for...of is a new binding
    # each iteration, so closures there already capture the right one.
    return {name: partial(_greet, greeting, name) for name in names}
