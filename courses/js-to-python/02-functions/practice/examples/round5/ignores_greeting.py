def make_greeters(names, *, greeting="Hello"):
    # late binding: closures read `name` when called, so use a factory;
    # JS const in for...of is a fresh binding each iteration.
    def make_greeter(name):
        def greet():
            return f"Hello, {name}!"
        return greet

    return {name: make_greeter(name) for name in names}
