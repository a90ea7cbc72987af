"""Static checkers use these hints; at run time Python ignores them. The one
exception is the explicit isinstance check below, which @runtime_checkable
makes possible and which only looks for a send attribute, not its signature.
"""

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
    if not isinstance(sender, Sender):
        raise TypeError("sender needs a send() method")
    sent = 0
    for message in messages:
        sender.send(message)
        sent += 1
    return sent


if __name__ == "__main__":
    outbox = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
