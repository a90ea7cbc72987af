"""Lesson 10 practice: typed message sender.

These hints are for readers and for a type checker such as mypy or pyright.
Python stores them but never checks them when the code runs: a message with
a wrong priority or a sender without send() is only caught by the checker,
or fails later when send is called.
"""

from collections.abc import Iterable
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


def send_all(sender: Sender, messages: Iterable[Message]) -> int:
    count = 0
    for count, message in enumerate(messages, start=1):
        sender.send(message)
    return count


if __name__ == "__main__":
    outbox = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
