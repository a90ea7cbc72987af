"""Your explanation: hints not checked at run time."""


interface Message {
    to: str
    body: str
}


def send_all(sender, messages):
    for m in messages:
        sender.send(m)
    return len(messages)
