"""Lesson 02 · Practice

Your explanation: Python closures capture variables, not values, and look
them up when called; after the loop `name` holds the last name. The factory
call creates a new scope per name. In JS, const in for...of makes a new
binding each time round, so no factory is needed.
"""
from typing import Callable


def _make_greeter(greeting: str, name: str) -> Callable[[], str]:
    def greeter() -> str:
        return f"{greeting}, {name}!"

    return greeter


def make_greeters(names: list[str], *, greeting: str = "Hello") -> dict[str, Callable[[], str]]:
    return {name: _make_greeter(greeting, name) for name in names}
