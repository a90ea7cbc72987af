"""Annotations do nothing at runtime, they are only checked by a type checker."""
from typing import Literal, TypedDict


class Message(TypedDict):
    to: str
    body: str
    priority: Literal["low", "high"]


class Sender:
    """Interface: implement send()."""

    def send(self, message: Message) -> None:
        raise NotImplementedError


class PrintSender:
    """A stand-in sender so the file runs on its own."""

    def send(self, message: Message) -> None:
        print(f"[{message['priority']}] to {message['to']}: {message['body']}")


def send_all(sender: Sender, messages: list[Message]) -> int:
    i = 0
    for message in messages:
        sender.send(message)
        i += 1
    return i


if __name__ == "__main__":
    outbox: list[Message] = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
