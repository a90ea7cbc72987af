"""Lesson 02 · Practice

Your explanation: Python looks free variables up when the function is
called (late binding), so closures created in a loop all share the final
loop value. Each Greeter object stores its own name instead. JS's block-scoped
loop variable means each closure there has its own copy already.
"""


class Greeter:
    def __init__(self, greeting, name):
        self.greeting = greeting
        self.name = name

    def __call__(self):
        return f"{self.greeting}, {self.name}!"


def make_greeters(names, *, greeting="Hello"):
    return {name: Greeter(greeting, name) for name in names}


if __name__ == "__main__":
    greeters = make_greeters(["Ada", "Grace"])
    print(greeters["Ada"](), greeters["Grace"]())
