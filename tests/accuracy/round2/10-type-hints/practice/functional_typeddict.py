"""Message sender.

Your explanation: Python ignores these annotations at run time - nothing is
validated or converted when send_all is called. They only matter to tools like
mypy/pyright and editors, which read them before the program runs.
"""
from typing import Literal, Protocol, TypedDict

Message = TypedDict("Message", {"to": str, "body": str, "priority": Literal["low", "high"]})


class Sender(Protocol):
    def send(self, message: Message) -> None: ...


class PrintSender:
    def send(self, message):
        print(f"[{message['priority']}] to {message['to']}: {message['body']}")


def send_all(sender: Sender, messages: list[Message]) -> int:
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
