def make_greeters(names, *, greeting="Hello"):
    """Your explanation: in JavaScript a default like `tags = []` is created
    fresh on every call, but Python evaluates defaults once, so you must use
    None.  That is why JS doesn't need this fix."""
    def factory(who):
        def greet():
            return f"{greeting}, {who}!"
        return greet

    return {who: factory(who) for who in names}
