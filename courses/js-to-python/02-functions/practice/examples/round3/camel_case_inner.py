def make_greeters(names, *, greeting="Hello"):
    # Python closures bind late (lookup at call time); JS const is per-iteration.
    def makeGreeter(personName):
        def greetFn():
            return f"{greeting}, {personName}!"
        return greetFn
    return {n: makeGreeter(n) for n in names}
