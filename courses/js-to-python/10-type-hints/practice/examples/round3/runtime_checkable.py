"""Your explanation: at run time these hints are just stored; nothing
validates a Message or a Sender (even runtime_checkable would only check that
a send attribute exists). mypy/pyright do the real checking."""
from typing import Literal, Protocol, TypedDict, runtime_checkable


class Message(TypedDict):
    to: str
    body: str
    priority: Literal["low", "high"]


@runtime_checkable
class Sender(Protocol):
    def send(self, message: Message) -> None: ...


class PrintSender:
    """A stand-in sender so the file runs on its own."""

    def send(self, message):
        print(f"[{message['priority']}] to {message['to']}: {message['body']}")


def send_all(sender: Sender, messages: list[Message]) -> int:
    for index, message in enumerate(messages, start=1):
        sender.send(message)
    return len(messages)
