"""Your explanation: the conversion is the check. int() accepts exactly the
strings Python considers integers, and any pre-validation I wrote would be a
weaker copy of it that could disagree; also no race between look and leap."""


class PortParseError(ValueError):
    def __init__(self, text, reason):
        super().__init__(text, reason)
        self.text = text
        self.reason = reason

    def __str__(self):
        return f"invalid port {self.text!r}: {self.reason}"


MIN_PORT, MAX_PORT = 1, 65535


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortParseError(text, "not a whole number") from err
    if not MIN_PORT <= port <= MAX_PORT:
        raise PortParseError(text, "out of range")
    return port
