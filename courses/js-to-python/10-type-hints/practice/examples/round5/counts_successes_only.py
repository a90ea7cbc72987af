"""Hints versus runtime: the interpreter never validates these annotations;
we run mypy in CI for that. A failing sender is logged and skipped."""
from typing import Literal, Protocol, TypedDict


class Message(TypedDict):
    to: str
    body: str
    priority: Literal["low", "high"]


class Sender(Protocol):
    def send(self, message: Message) -> None: ...


class PrintSender:
    """A stand-in sender so the file runs on its own."""

    def send(self, message: Message) -> None:
        print(f"[{message['priority']}] to {message['to']}: {message['body']}")


import logging

log = logging.getLogger(__name__)


def send_all(sender: Sender, messages: list[Message]) -> int:
    sent = 0
    for message in messages:
        try:
            sender.send(message)
        except Exception:
            log.exception("could not send to %s", message.get("to"))
            continue
        sent += 1
    return sent


if __name__ == "__main__":
    outbox: list[Message] = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
