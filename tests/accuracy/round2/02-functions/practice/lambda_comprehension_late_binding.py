"""Your explanation: in Python the comprehension makes a new scope for each
item, so unlike JavaScript's old `var` loops the lambdas each keep their own
name and no fix is needed."""


def make_greeters(names, *, greeting="Hello"):
    return {name: lambda: f"{greeting}, {name}!" for name in names}
