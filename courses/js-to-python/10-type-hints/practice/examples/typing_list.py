"""Hints here are for readers and for mypy or pyright: Python stores them and
does not check them when send_all runs, so a wrong priority would go through
unnoticed unless the type checker runs first.
"""

from typing import List, Literal, Protocol, TypedDict


class Message(TypedDict):
    to: str
    body: str
    priority: Literal["low", "high"]


class Sender(Protocol):
    def send(self, message: Message) -> None: ...


def send_all(sender: Sender, messages: List[Message]) -> int:
    for message in messages:
        sender.send(message)
    return len(messages)
