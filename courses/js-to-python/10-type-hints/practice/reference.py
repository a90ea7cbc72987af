"""Lesson 10 · Practice: reference answer.

The hints below describe the data for readers and for a type checker such as
mypy or pyright; Python itself stores them and ignores them when the code
runs.  Nothing stops a caller from passing a message whose priority is
"urgent" or a sender with no send method: the first goes through unnoticed,
the second fails only when send_all reaches sender.send.  Running the type
checker before the code ships (in the editor or in CI) is what catches those
mistakes, the job tsc does in a TypeScript project.

Sender is a Protocol, so it is structural like a TypeScript interface: any
object with a matching send method fits, with no inheritance needed.
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
    for message in messages:
        sender.send(message)
    return len(messages)


if __name__ == "__main__":
    outbox: list[Message] = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
