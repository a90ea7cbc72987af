"""Lesson 02 · Practice

Your explanation: closures in Python capture variables, not values, and
read them late (when called). So a def inside the loop would see only the
final name. functools.partial stores the argument values right away. In JS,
each iteration of for...of with const has its own binding, so the closure
is already per-name.
"""


from functools import partial


def greet(greeting, name):
    return f"{greeting}, {name}!"


def make_greeters(names, *, greeting="Hello"):
    return {name: partial(greet, greeting, name) for name in names}


if __name__ == "__main__":
    greeters = make_greeters(["Ada", "Grace"])
    print(greeters["Ada"](), greeters["Grace"]())
