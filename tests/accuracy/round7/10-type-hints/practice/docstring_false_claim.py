"""Lesson 10 · Practice

The hints make Python check each message when send_all is called: a
message whose priority is not "low" or "high" raises a TypeError, and a
sender without send is refused. mypy can check them too before running.
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
    count = 0
    for message in messages:
        sender.send(message)
        count += 1
    return count


if __name__ == "__main__":
    outbox = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
