"""Lesson 10 · Practice

Python does not check annotations while it runs. Pass a str where a
Message is expected and nothing complains until the code breaks; a tool
such as mypy or pyright is what enforces them, before running.
"""
from typing import Literal, Protocol, TypedDict


class Message(TypedDict):
    to: str
    body: str
    priority: Literal["low", "high"]


class Sender(Protocol):
    def send(self, message: Message) -> None:
        """Deliver one message."""
        pass


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
