"""Typed sender.

The TypedDict, Literal and Protocol below are read by static type checkers
only. When the code runs, Python does not check any of them: a message with
priority "urgent" would be accepted silently, which is why send_all checks the
priority by hand before sending anything.
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


ALLOWED_PRIORITIES = ("low", "high")


def send_all(sender: Sender, messages: list[Message]) -> int:
    """Hand every message to sender.send, in order, and return the count.

    Since the hints are not enforced, check the one value that matters.
    """
    for message in messages:
        if message["priority"] not in ALLOWED_PRIORITIES:
            raise ValueError(f"bad priority {message['priority']!r} for {message['to']}")
    for message in messages:
        sender.send(message)
    return len(messages)


if __name__ == "__main__":
    outbox = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
