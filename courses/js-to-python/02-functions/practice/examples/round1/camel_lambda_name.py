"""Lesson 02 · Practice

Your explanation: Python closures bind late (they look up the variable when
called), so I pass the name into greetFor; JS's for...of with const gives a
fresh binding per iteration.
"""


def make_greeters(names, *, greeting="Hello"):
    greetFor = lambda who: lambda: f"{greeting}, {who}!"
    return {name: greetFor(name) for name in names}


if __name__ == "__main__":
    greeters = make_greeters(["Ada", "Grace"])
    print(greeters["Ada"](), greeters["Grace"]())
