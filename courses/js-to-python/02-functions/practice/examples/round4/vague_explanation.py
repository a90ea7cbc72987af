def make_greeters(names, *, greeting="Hello"):
    """Your explanation: closures work a bit differently in Python than in
    JavaScript, so you need a helper function."""
    def make_one(name):
        def hello():
            return f"{greeting}, {name}!"
        return hello

    return {name: make_one(name) for name in names}
