"""Lesson 02 · Practice

Explanation: see the comment above make_greeter below.
"""


# Why the factory: a function defined in the loop would look `name` up when
# it is *called*, and by then the single loop variable holds "Grace", so
# every greeter would greet Grace (late binding). JavaScript's for...of with
# const makes a new binding each iteration, so it needs no factory.
def make_greeter(greeting, name):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    return {name: make_greeter(greeting, name) for name in names}


if __name__ == "__main__":
    print(make_greeters(["Ada", "Grace"]))
