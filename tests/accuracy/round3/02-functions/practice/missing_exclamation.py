"""Your explanation: a Python closure looks `name` up when it runs (late
binding), so a plain loop gives every function the last name. JavaScript's
const makes a new binding each iteration."""


def make_greeters(names, *, greeting="Hello"):
    def bind(name):
        def greet():
            return f"{greeting}, {name}"
        return greet
    return {name: bind(name) for name in names}
