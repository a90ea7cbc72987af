"""Lesson 02 · Practice

Your explanation: in JS, `for (const name of names)` gives every arrow
function its own `name`. Python closures look the variable up when they are
called, which is late binding.
"""


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        def greet():
            return f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters


if __name__ == "__main__":
    greeters = make_greeters(["Ada", "Grace"])
    print(greeters["Ada"](), greeters["Grace"]())
