"""Lesson 10 · Practice

Annotations are not enforced by the interpreter; mypy/pyright check them
statically. The runtime_checkable isinstance test below only looks for a
send attribute, it does not check the TypedDict or the Literal.
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
        raise TypeError(f"{sender!r} has no send method")
    for message in messages:
        sender.send(message)
    return len(messages)


if __name__ == "__main__":
    outbox = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
