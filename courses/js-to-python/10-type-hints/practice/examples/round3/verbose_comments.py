"""Your explanation:
These hints are like TypeScript types, but Python itself never checks them
while the program runs. Message is still an ordinary dict at run time, the
Literal does not stop a priority of "urgent", and the Protocol does not
force anyone to inherit from Sender. They are there for readers, editors
and a type checker like mypy or pyright, which you run separately.
"""
from typing import Literal, Protocol, TypedDict


# The shape of one message (like a TypeScript interface for an object).
class Message(TypedDict):
    to: str
    body: str
    priority: Literal["low", "high"]  # only these two strings


# Anything with a send(message) method counts as a Sender (structural typing).
class Sender(Protocol):
    def send(self, message: Message) -> None: ...


class PrintSender:
    """A stand-in sender so the file runs on its own."""

    def send(self, message):
        print(f"[{message['priority']}] to {message['to']}: {message['body']}")


def send_all(sender: Sender, messages: list[Message]) -> int:
    # send each message in order and count them
    number_sent = 0
    for message in messages:
        sender.send(message)
        number_sent += 1
    return number_sent
