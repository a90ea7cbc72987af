"""Your explanation: hints aren't enforced when the program runs; only a
type checker looks at them."""
from abc import ABC, abstractmethod
from typing import Literal, TypedDict


class Message(TypedDict):
    to: str
    body: str
    priority: Literal["low", "high"]


class Sender(ABC):
    @abstractmethod
    def send(self, message: Message) -> None: ...


class PrintSender:
    """A stand-in sender so the file runs on its own."""

    def send(self, message):
        print(f"[{message['priority']}] to {message['to']}: {message['body']}")


def send_all(sender: Sender, messages: list[Message]) -> int:
    for message in messages:
        sender.send(message)
    return len(messages)
