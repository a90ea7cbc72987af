"""Your explanation: the hints do nothing at run time; mypy checks them."""
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
    if not isinstance(sender, Sender):
        raise TypeError("sender must implement send()")
    for message in messages:
        sender.send(message)
    return len(messages)
