"""Lesson 10 - Practice

The hints are recognised by static checkers (mypy, pyright) and by editors,
which analyse the code before it runs. At run time their behaviour is nil:
CPython stores them in __annotations__ but never validates an argument
against them, so a message with priority "urgent" would be sent all the same.
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
    total = 0
    for msg in messages:
        sender.send(msg)
        total += 1
    return total


if __name__ == "__main__":
    outbox = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
