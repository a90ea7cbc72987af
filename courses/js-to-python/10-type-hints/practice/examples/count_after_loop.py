"""Hints are notes for a type checker such as mypy; Python ignores them when
the code runs, so a wrong priority or a sender without send() is only found
by running the checker, or when send_all reaches sender.send.
"""
from typing import Literal, Protocol, TypedDict


class Message(TypedDict):
    to: str
    body: str
    priority: Literal["low", "high"]


class Sender(Protocol):
    def send(self, message: Message) -> None: ...


def send_all(sender: Sender, messages: list[Message]) -> int:
    for count, message in enumerate(messages, start=1):
        sender.send(message)
    return count
