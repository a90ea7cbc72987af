"""Your explanation: Python doesn't check any of these hints at run time."""
from dataclasses import dataclass
from typing import Literal, Protocol


@dataclass
class Message:
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
    for message in messages:
        sender.send(message)
    return len(messages)
