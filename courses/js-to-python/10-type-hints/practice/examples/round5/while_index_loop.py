"""
Python stores type hints but does not check them when the code runs.
A type checker (mypy) has to be run separately to catch type errors.
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

    def send(self, message: Message) -> None:
        print(f"[{message['priority']}] to {message['to']}: {message['body']}")


def send_all(sender: Sender, messages: list[Message]) -> int:
    i = 0
    while i < len(messages):
        sender.send(messages[i])
        i = i + 1
    return i


if __name__ == "__main__":
    outbox: list[Message] = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
