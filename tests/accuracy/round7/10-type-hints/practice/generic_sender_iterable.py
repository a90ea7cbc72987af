"""Lesson 10 · Practice

Type hints are not enforced at runtime. They are annotations that a
static type checker like mypy uses; Python will happily run send_all with
the wrong types.
"""
from typing import Literal, Protocol, TypedDict


class Message(TypedDict):
    to: str
    body: str
    priority: Literal["low", "high"]


class Sender(Protocol):
    def send(self, message: Message) -> None: ...


class PrintSender:
    """A stand-in sender so the file runs on its own."""

    def send(self, message):
        print(f"[{message['priority']}] to {message['to']}: {message['body']}")


from collections.abc import Iterable


def send_all(sender: Sender, messages: Iterable[Message]) -> int:
    """Hand every message to sender.send, in order, and return how many."""
    sent = 0
    for message in messages:
        sender.send(message)
        sent += 1
    return sent


if __name__ == "__main__":
    outbox = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
