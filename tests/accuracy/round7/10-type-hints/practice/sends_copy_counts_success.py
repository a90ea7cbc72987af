"""Lesson 10 · Practice

These annotations are for the reader and the type checker (mypy, pyright);
the interpreter neither validates nor converts anything when send_all runs,
so a malformed message is only spotted by the checker or when something
breaks.
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
    sent = 0
    for index, message in enumerate(messages):
        sender.send(message)
        sent = index + 1
    return sent


if __name__ == "__main__":
    outbox = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
