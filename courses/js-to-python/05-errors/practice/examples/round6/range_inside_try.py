"""Lesson 05 · Practice

Your explanation: I try int() rather than checking characters, because the
string can be valid in ways I would forget to check (leading spaces, a
newline, a plus sign). Letting int() fail and catching ValueError is shorter
and always agrees with what int() accepts.
"""


class InvalidPort(Exception):
    """Raised when text is not a port number."""


def parse_port(text):
    try:
        port = int(text)
        if not 1 <= port <= 65535:
            raise ValueError(f"{port} is out of range")
    except ValueError as err:
        raise InvalidPort(f"invalid port: {text!r}") from err
    return port
