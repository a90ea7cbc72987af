"""Lesson 02 · Practice

Your explanation: if I defined greet directly in the loop, every greeter
would return "Hello, Grace!", because Python closures read `name` when they
run (late binding) and there is only one loop variable. JS creates a new
`name` per iteration with const, so the same loop works there.
"""


def _make_greeter(greeting, name):
    def greeter():
        return f"{greeting}, {name}!"
    return greeter


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        greeters[name] = _make_greeter(greeting, name)
    return greeters


if __name__ == "__main__":
    print(make_greeters(["Ada", "Grace"]))
