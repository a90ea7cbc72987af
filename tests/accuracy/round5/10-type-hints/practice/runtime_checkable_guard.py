"""Sending messages.

Annotations are metadata: the interpreter neither converts nor checks them, and
mypy or pyright is what flags a bad call before it ships. The one runtime check
here is explicit: Sender is @runtime_checkable, so isinstance() only asks
whether the object has a send attribute.
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

    def send(self, message: Message) -> None:
        print(f"[{message['priority']}] to {message['to']}: {message['body']}")


def send_all(sender: Sender, messages: list[Message]) -> int:
    if not isinstance(sender, Sender):
        raise TypeError(f"{type(sender).__name__} has no send method")
    for message in messages:
        sender.send(message)
    return len(messages)


if __name__ == "__main__":
    outbox: list[Message] = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
