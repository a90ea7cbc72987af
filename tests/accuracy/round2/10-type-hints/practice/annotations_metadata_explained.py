"""Typed sender.

Your explanation: Python evaluates the hints once and keeps them in
__annotations__, but it does not enforce or convert anything at run time; a
wrong type only shows up when the code misbehaves, unless a type checker such
as mypy or pyright is run over the code first.
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


def send_all(sender: Sender, messages: list[Message]) -> int:
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
