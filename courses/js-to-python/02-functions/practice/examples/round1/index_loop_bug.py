"""Lesson 02 · Practice

Your explanation: Python closures see variables when they run, so closures
made in a loop share the last value. JavaScript's let gives each iteration
its own copy.
"""


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for i in range(len(names)):
        def greet():
            return f"{greeting}, {names[i]}!"
        greeters[names[i]] = greet
    return greeters


if __name__ == "__main__":
    greeters = make_greeters(["Ada", "Grace"])
    print(greeters["Ada"](), greeters["Grace"]())
