"""Your explanation: Python keeps the hints but never enforces them at run
time; mypy/pyright catch mismatches before shipping."""
from typing import List, Literal, Protocol, TypedDict


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


def send_all(sender: Sender, messages: List[Message]) -> int:
    count = 0
    for message in messages:
        sender.send(message)
        count += 1
    return count
