"""Your explanation: the annotations are metadata; Python won't validate them
when the code runs. mypy would."""
from typing import Protocol, TypedDict


class Message(TypedDict):
    to: str
    body: str
    priority: str


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
