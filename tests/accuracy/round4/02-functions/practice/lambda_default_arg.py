def make_greeters(names, *, greeting="Hello"):
    """Explanation: Python closures bind late, so a lambda made in a loop
    sees the final `name` unless I freeze it with a default argument.  In
    JS each `for (const name of names)` iteration has its own `name`."""
    return {name: (lambda name=name: f"{greeting}, {name}!") for name in names}
