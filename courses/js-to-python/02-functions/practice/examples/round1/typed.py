"""Lesson 02 · Practice

Your explanation: a Python closure looks `name` up when the greeter is
called, not when it is made, and the loop has only one `name` variable, so
every greeter would see the last name. In JavaScript, `for (const name of
names)` creates a fresh binding on each iteration, so each arrow function
keeps its own name without a factory.
"""


from typing import Callable


def _greeter(greeting: str, name: str) -> Callable[[], str]:
    def greet() -> str:
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names: list[str], *, greeting: str = "Hello") -> dict[str, Callable[[], str]]:
    return {name: _greeter(greeting, name) for name in names}


if __name__ == "__main__":
    print(make_greeters(["Ada", "Grace"]))
