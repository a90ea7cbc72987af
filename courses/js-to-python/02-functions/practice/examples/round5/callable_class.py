class Greeter:
    """A greeting bound to one name.

    Why a class: a plain closure created in the loop would look up the loop
    variable only when called (late binding) and so every greeter would use
    the last name. An instance stores its own copy of the name. JavaScript's
    block-scoped `const` in for...of makes a new variable each iteration, so
    an arrow function there already keeps its own name.
    """

    def __init__(self, greeting, name):
        self.greeting = greeting
        self.name = name

    def __call__(self):
        return f"{self.greeting}, {self.name}!"

    def __repr__(self):
        return f"Greeter({self.greeting!r}, {self.name!r})"


def make_greeters(names, *, greeting="Hello"):
    return {name: Greeter(greeting, name) for name in names}
