def make_greeters(names, *, greeting="Hello"):
    def greeter_factory(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet
    return {name: greeter_for(name) for name in names}
