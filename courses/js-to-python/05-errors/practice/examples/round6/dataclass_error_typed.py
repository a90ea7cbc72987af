"""Port parsing.

Your explanation: EAFP. The conversion itself is the authority on what a
valid integer looks like (whitespace, "+", underscores...), so a pre-check
would be a second, weaker parser that can drift from int(). I try it and
translate the ValueError into my own error.
"""
from typing import Final

MIN_PORT: Final = 1
MAX_PORT: Final = 65535


class InvalidPortError(ValueError):
    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"{text!r} is not a valid port: {reason}")
        self.text = text
        self.reason = reason


def parse_port(text: str) -> int:
    try:
        port = int(text)
    except ValueError as err:
        raise InvalidPortError(text, "not a whole number") from err
    if not MIN_PORT <= port <= MAX_PORT:
        raise InvalidPortError(text, f"outside {MIN_PORT}-{MAX_PORT}")
    return port
