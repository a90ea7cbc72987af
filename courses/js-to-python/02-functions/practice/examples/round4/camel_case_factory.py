def makeGreeter(personName, greetingWord):
    def greetPerson():
        return f"{greetingWord}, {personName}!"
    return greetPerson


def make_greeters(names, *, greeting="Hello"):
    # In JS: for (const n of names) greeters[n] = () => `${greeting}, ${n}!`
    # works because const is per-iteration.  Python closures look the loop
    # variable up late (at call time), so I go through makeGreeter.
    greeters = {}
    for n in names:
        greeters[n] = makeGreeter(n, greeting)
    return greeters
