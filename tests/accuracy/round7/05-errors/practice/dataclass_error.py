"""Ports.

Your explanation: whether a string is a valid integer is exactly what int()
works out, so I let it try; if I checked first I would be writing my own
parser that might not agree with int() (for " 443\n" or "+80").  One call,
one rule, and a failure I turn into my own error.
"""


class PortError(ValueError):
    def __init__(self, text, reason):
        super().__init__(f"{text!r}: {reason}")
        self.text = text
        self.reason = reason


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(text, "not a whole number") from err
    if port < 1 or port > 65535:
        raise PortError(text, "must be 1-65535")
    return port
