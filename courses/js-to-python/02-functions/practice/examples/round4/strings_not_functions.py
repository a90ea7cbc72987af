def make_greeters(names, *, greeting="Hello"):
    """Your explanation: a closure made in a loop looks up the loop variable
    late, when it is called, so it would see the last name.  To avoid that
    entirely I store the finished strings.  JS's const loop binding doesn't
    have that problem."""
    return {name: f"{greeting}, {name}!" for name in names}
