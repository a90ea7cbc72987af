class Greeter:
    """A callable greeter.

    Storing the name on an instance sidesteps Python's late-binding closures
    (a function in a loop would read the loop variable's final value when
    called). JS `const` in for...of rebinds per iteration, so no fix needed.
    """

    def __init__(self, greeting, name):
        self.greeting = greeting
        self.name = name

    def __call__(self):
        return f"{self.greeting}, {self.name}!"


def make_greeters(names, *, greeting="Hello"):
    return {name: Greeter(greeting, name) for name in names}
