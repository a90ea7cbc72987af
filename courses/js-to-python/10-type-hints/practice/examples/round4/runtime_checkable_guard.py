"""Message sending, typed.

Hints are not enforced by Python at run time; they exist for mypy. Because
of that I mark Sender @runtime_checkable and check it myself in send_all
(isinstance only looks for a send attribute, never at its signature).
"""
from typing import Literal, Protocol, TypedDict, runtime_checkable


class Message(TypedDict):
    to: str
    body: str
    priority: Literal["low", "high"]


@runtime_checkable
class Sender(Protocol):
    def send(self, message: Message) -> None: ...



class PrintSender:
    """A stand-in sender so the file runs on its own."""

    def send(self, message):
        print(f"[{message['priority']}] to {message['to']}: {message['body']}")


def send_all(sender: Sender, messages: list[Message]) -> int:
    if not isinstance(sender, Sender):
        raise TypeError(f"{type(sender).__name__} has no send method")
    for message in messages:
        sender.send(message)
    return len(messages)


if __name__ == "__main__":
    outbox = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
