"""Lesson 02 · Practice

Your explanation: each Greeter stores its name as an attribute when it is
created. If I had defined a function in the loop instead, it would read the
loop variable at call time (late binding) and get the last name; JavaScript
creates a new `name` for every iteration of `for (const name of names)`.
"""


class Greeter:
    def __init__(self, greeting, name):
        self.greeting = greeting
        self.name = name

    def __call__(self):
        return f"{self.greeting}, {self.name}!"


def make_greeters(names, *, greeting="Hello"):
    return {name: Greeter(greeting, name) for name in names}
