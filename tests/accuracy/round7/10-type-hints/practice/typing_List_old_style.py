"""Lesson 10 · Practice

Type hints are only metadata for tools. Calling send_all with the wrong
types is not an error by itself at runtime; we run mypy in CI for that.
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


from typing import List


def send_all(sender: Sender, messages: List[Message]) -> int:
    sent = 0
    for msg in messages:
        sender.send(msg)
        sent += 1
    return sent


if __name__ == "__main__":
    outbox = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
