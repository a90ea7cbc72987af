"""Ports.

Your explanation: I don't inspect the characters before converting, because
that check would never be quite the same as int()'s own rules (whitespace,
signs); there is no point looking first when the conversion itself tells me,
by raising ValueError, that the text is not a whole number.
"""


class InvalidPort(Exception):
    """The text is not a port number."""


VALID_PORTS = range(1, 65536)


def parse_port(text):
    try:
        port = int(text)
    except ValueError as exc:
        raise InvalidPort(f"{text!r} is not a whole number") from exc
    if port not in VALID_PORTS:
        raise InvalidPort(f"{port} is outside 1-65535")
    return port
