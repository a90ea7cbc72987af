"""Lesson 10 · Practice

These hints are read by type checkers such as mypy or pyright, not by Python:
at run time nothing checks that a message is a Message or that a sender
has a send method. A wrong value just flows through until something fails.
"""
from typing import Any


class PrintSender:
    """A stand-in sender so the file runs on its own."""

    def send(self, message):
        print(f"[{message['priority']}] to {message['to']}: {message['body']}")


def send_all(sender: Any, messages: list[dict[str, str]]) -> int:
    for message in messages:
        sender.send(message)
    return len(messages)


if __name__ == "__main__":
    outbox = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
