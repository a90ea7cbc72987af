"""Lesson 02 · Practice

Your explanation: Python closures bind late, so `name=name` is needed to
capture the current value; JS gets a new `name` on every loop iteration.
"""


def make_greeters(names, *, greeting="Hello"):
    return {name: (lambda name=name: f"{greeting}, {name}!") for name in names}


if __name__ == "__main__":
    greeters = make_greeters(["Ada", "Grace"])
    print(greeters["Ada"](), greeters["Grace"]())
