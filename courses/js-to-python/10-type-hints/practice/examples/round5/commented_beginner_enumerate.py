"""Lesson 10 practice.

My explanation: in TypeScript the compiler stops the build if a type is wrong.
In Python the hints are just stored (in __annotations__) and the interpreter
does NOT check them when the function runs, so send_all would accept anything.
To catch mistakes we have to run a type checker like mypy or pyright.
"""
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


def send_all(sender: Sender, messages: list[Message]) -> int:
    # go through every message in order
    count = 0
    for index, message in enumerate(messages):
        # hand it to whatever object has a send() method (duck typing)
        sender.send(message)
        count = index + 1
    # how many we sent
    return count


if __name__ == "__main__":
    outbox: list[Message] = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
