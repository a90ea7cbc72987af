"""Lesson 10 · Practice

Python does not check types when the code runs, the comments below document
the shapes for readers.
"""

# interface Message { to: string; body: string; priority: "low" | "high" }
# interface Sender { send(message: Message): void }


class PrintSender:
    """A stand-in sender so the file runs on its own."""

    def send(self, message):
        print(f"[{message['priority']}] to {message['to']}: {message['body']}")


def for_each(items, callback):
    for item in items:
        callback(item)


def send_all(sender, messages):
    for_each(messages, lambda m: sender.send(m))
    return len(messages)


if __name__ == "__main__":
    outbox = [
        {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
        {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    ]
    print(send_all(PrintSender(), outbox))
