from functools import partial


def _greet(greeting, name):
    return f"{greeting}, {name}!"


def make_greeters(names, *, greeting="Hello"):
    # partial() stores the arguments it is given right now, so there is no
    # closure over the loop variable. A closure would be looked up late: by
    # the time you call it, the loop variable holds the last name. In JS,
    # `const` inside for...of is a new binding each pass, so no fix needed.
    return {name: partial(_greet, greeting, name) for name in names}
