"""Your explanation: the Literal hint alone does nothing at run time, Python
won't stop "urgent", so I check the priority myself; mypy checks the rest
statically."""
from typing import Literal, Protocol, TypedDict, get_args

Priority = Literal["low", "high"]


class Message(TypedDict):
    to: str
    body: str
    priority: Priority


class Sender(Protocol):
    def send(self, message: Message) -> None: ...


class PrintSender:
    """A stand-in sender so the file runs on its own."""

    def send(self, message):
        print(f"[{message['priority']}] to {message['to']}: {message['body']}")


def send_all(sender: Sender, messages: list[Message]) -> int:
    for message in messages:
        if message["priority"] not in get_args(Priority):
            raise ValueError(f"unknown priority: {message['priority']!r}")
    for message in messages:
        sender.send(message)
    return len(messages)
