# late binding: a closure reads `name` when called, so in a plain loop all
# greeters would get the last one. JS `const` is per-iteration, no fix needed.


def make_greeters(names, *, greeting="Hello"):
    def bind(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet
    return {n: bind(n) for n in names}
