"""Message sending with an Outbox.

Runtime: Python does not check any of the annotations here (PEP 484), so the
Outbox would accept any object and any dict. Static: mypy/pyright use the
TypedDict, Literal and Protocol to reject mistakes before the code runs.
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


class Outbox:
    """Collects a sender and dispatches batches through it."""

    def __init__(self, sender: Sender) -> None:
        self._sender = sender
        self.sent_count = 0

    def dispatch(self, message: Message) -> None:
        self._sender.send(message)
        self.sent_count += 1

    def dispatch_all(self, messages: list[Message]) -> int:
        for message in messages:
            self.dispatch(message)
        return self.sent_count


def send_all(sender: Sender, messages: list[Message]) -> int:
    return Outbox(sender).dispatch_all(messages)


if __name__ == "__main__":
    outbox = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
