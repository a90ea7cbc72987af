"""parse_port

Your explanation: checking the text first would mean writing my own
rules for what counts as a number, and they would differ from int()'s (it
strips whitespace and allows a sign). Trying int() and handling ValueError
keeps one source of truth, which is when EAFP beats LBYL.
"""


class InvalidPort(Exception):
    def __init__(self, text, reason):
        super().__init__(f"invalid port {text!r}: {reason}")
        self.text = text
        self.reason = reason


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise InvalidPort(text, "not a whole number") from err
    if port not in range(1, 65536):
        raise InvalidPort(text, "must be from 1 to 65535")
    return port
