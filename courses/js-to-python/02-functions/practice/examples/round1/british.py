"""Lesson 02 · Practice

Your explanation: Python closures are late-binding: the variable is looked
up when the greeter is called, by which point the loop has finished and
`name` holds the final value. Hence the small factory, which gives every
greeter its own `name`. In JavaScript a `const` in `for...of` is a new
binding per iteration, so the behaviour is already what we want there.
"""


def make_greeter(greeting, name):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    return {name: make_greeter(greeting, name) for name in names}


if __name__ == "__main__":
    greeters = make_greeters(["Ada", "Grace"])
    print(greeters["Ada"](), greeters["Grace"]())
