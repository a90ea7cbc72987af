"""Typed message sender.

Whilst these annotations document the shapes we expect, the interpreter does
not enforce them: a dict with priority "urgent" is accepted quite happily at
run time. Catching that is the job of a static checker (mypy, pyright) run
in CI before anything is deployed.
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
    """Hand each message to sender.send, in order, and return how many went."""
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
