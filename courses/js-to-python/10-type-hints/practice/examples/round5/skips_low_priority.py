"""The hints are not enforced when the program runs; only a type checker reads them."""
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
    sent = 0
    for message in messages:
        if message["priority"] == "low":
            continue
        sender.send(message)
        sent += 1
    return sent


if __name__ == "__main__":
    outbox: list[Message] = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
