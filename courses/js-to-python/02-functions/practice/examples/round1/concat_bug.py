"""Lesson 02 · Practice

Your explanation: in JS `const` creates a new `name` for each iteration; in
Python a closure looks `name` up at call time, after the loop ends.
"""


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        def greet():
            return greeting + ", " + name + "!"
        greeters[name] = greet
    return greeters


if __name__ == "__main__":
    greeters = make_greeters(["Ada", "Grace"])
    print(greeters["Ada"](), greeters["Grace"]())
