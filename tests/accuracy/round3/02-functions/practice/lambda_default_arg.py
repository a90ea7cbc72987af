"""Your explanation: a closure in Python captures the variable, not the
value, and looks it up late; JavaScript's for...of with const makes a new
binding per iteration. The n=name default captures the value now."""


def make_greeters(names, *, greeting="Hello"):
    return {name: (lambda n=name: f"{greeting}, {n}!") for name in names}
