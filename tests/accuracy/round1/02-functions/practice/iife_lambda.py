"""Lesson 02 · Practice

Your explanation: like the old `var` problem in JS, a Python loop variable
is shared, and closures read it later (late binding); with const JS gives
each iteration a new binding, so no IIFE is needed there.
"""


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        greeters[name] = (lambda n: lambda: f"{greeting}, {n}!")(name)
    return greeters


if __name__ == "__main__":
    greeters = make_greeters(["Ada", "Grace"])
    print(greeters["Ada"](), greeters["Grace"]())
