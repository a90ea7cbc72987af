"""Lesson 02 · Practice

Your explanation: a default value is evaluated when `def` runs, so
`name=name` freezes the current loop value. Without it, the closure would
look `name` up at call time and find the last one (late binding). JavaScript's
`let`/`const` loop gives each callback a new variable, so no trick needed.
"""


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        def greet(name=name):
            return f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters


if __name__ == "__main__":
    greeters = make_greeters(["Ada", "Grace"])
    print(greeters["Ada"](), greeters["Grace"]())
