class Greeter:
    """Callable object that remembers one name.

    Why not a closure in the loop?  Python closures are late-binding: the
    variable is resolved at call time, so all of them would greet the last
    name.  JavaScript gives each for...of iteration its own binding.
    """

    def __init__(self, greeting, name):
        self.greeting = greeting
        self.name = name

    def __call__(self):
        return f"{self.greeting}, {self.name}!"


def make_greeters(names, *, greeting="Hello"):
    return {name: Greeter(greeting, name) for name in names}
