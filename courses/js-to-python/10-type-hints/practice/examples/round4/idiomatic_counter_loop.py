"""Lesson 10 · Practice

The hints below describe the shapes for a type checker. Python records them
in __annotations__ but never checks them when the code runs: a dict with a
missing key or a priority of "urgent" goes straight through, and so does any
sender object. Only mypy or pyright, run before the code ships, would flag it.
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
