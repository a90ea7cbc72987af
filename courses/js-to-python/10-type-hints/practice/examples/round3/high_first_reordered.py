"""Your explanation: hints are ignored at run time; type checkers use them."""
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
    ordered = sorted(messages, key=lambda m: m["priority"] != "high")
    for message in ordered:
        sender.send(message)
    return len(ordered)
