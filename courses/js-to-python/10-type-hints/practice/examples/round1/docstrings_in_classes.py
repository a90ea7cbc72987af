"""Typed message sender.

These type hints are a contract for static analysis only. Python itself does
not verify at run time that messages are Message dicts or that the sender
implements Sender; mypy or pyright catch those mistakes before the code ships.
"""
from __future__ import annotations

from typing import Literal, Protocol, TypedDict


class Message(TypedDict):
    """One outgoing message."""

    to: str
    body: str
    priority: Literal["low", "high"]


class Sender(Protocol):
    """Anything with a send(message) method."""

    def send(self, message: Message) -> None: ...


class PrintSender:
    """A stand-in sender so the file runs on its own."""

    def send(self, message):
        print(f"[{message['priority']}] to {message['to']}: {message['body']}")


def send_all(sender: Sender, messages: list[Message]) -> int:
    """Hand each message to sender in order; return how many were sent."""
    count = 0
    for message in messages:
        sender.send(message)
        count += 1
    return count


if __name__ == "__main__":
    outbox = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
