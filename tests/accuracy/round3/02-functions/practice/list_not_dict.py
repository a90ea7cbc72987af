def make_greeters(names, *, greeting="Hello"):
    # late binding: Python closures look names up at call time; JS const doesn't need this
    def factory(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet
    return [factory(name) for name in names]
