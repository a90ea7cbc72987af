"""None of these annotations are enforced at runtime - a static checker has to be run for that."""
from typing import Protocol, TypedDict


class Message(TypedDict):
    to: str
    body: str
    priority: str  # "low" or "high"


class Sender(Protocol):
    def send(self, message: Message) -> None: ...


class PrintSender:
    """A stand-in sender so the file runs on its own."""

    def send(self, message: Message) -> None:
        print(f"[{message['priority']}] to {message['to']}: {message['body']}")


def send_all(sender: Sender, messages: list[Message]) -> int:
    total = 0
    for message in messages:
        sender.send(message)
        total += 1
    return total


if __name__ == "__main__":
    outbox: list[Message] = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
