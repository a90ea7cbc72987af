"""Your explanation: if I wrote closures directly in the loop they would all
read the loop variable at call time and get the last name, because Python
closures bind late. In JS each `const` iteration has its own binding. Storing
the name on an object avoids the problem."""


class Greeter:
    def __init__(self, greeting, name):
        self.greeting = greeting
        self.name = name

    def __call__(self):
        return f"{self.greeting}, {self.name}!"


def make_greeters(names, *, greeting="Hello"):
    return {name: Greeter(greeting, name) for name in names}
