"""Typed message sender.

What the hints do: they document the shape of a message and of a sender, and
let mypy or pyright reject bad calls before we ship. What they do not do:
nothing is validated when the code runs, so a bad priority string is passed
along unchanged.
"""
import logging
from typing import Literal, Protocol, TypedDict

log = logging.getLogger(__name__)


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
    """Send each message; a failing one is logged and not counted."""
    sent = 0
    for message in messages:
        try:
            sender.send(message)
        except Exception as exc:  # keep going like Promise.allSettled
            log.warning("could not send to %s: %s", message.get("to"), exc)
            continue
        sent += 1
    return sent


if __name__ == "__main__":
    outbox = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
