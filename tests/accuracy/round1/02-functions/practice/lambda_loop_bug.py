"""Lesson 02 · Practice

Your explanation: in Python closures capture the variable, not its value,
and look it up at call time; in JS const makes a new variable per loop.
"""


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        greeters[name] = lambda: f"{greeting}, {name}!"
    return greeters


if __name__ == "__main__":
    greeters = make_greeters(["Ada", "Grace"])
    print(greeters["Ada"](), greeters["Grace"]())
