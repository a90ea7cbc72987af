"""Type hints are not checked at runtime, only by tsc-like tools such as mypy."""
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


def sendAll(sender: Sender, messages: list[Message]) -> int:
    sentCount = 0
    for message in messages:
        sender.send(message)
        sentCount += 1
    return sentCount


if __name__ == "__main__":
    outbox = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(sendAll(PrintSender(), outbox))
