"""Parse a TCP port.

Your explanation: EAFP.  Checking the text first (isdigit and friends) misses
cases int() handles, like surrounding whitespace or a leading +, and rejects
nothing int() would not.  Trying the conversion and catching ValueError keeps
one source of truth.
"""
from __future__ import annotations


class PortParseError(ValueError):
    def __init__(self, text: object, reason: str) -> None:
        super().__init__(f"{text!r}: {reason}")
        self.text = text


MIN_PORT, MAX_PORT = 1, 65535


def parse_port(text: str) -> int:
    try:
        port = int(text)
    except (TypeError, ValueError) as err:
        raise PortParseError(text, "not a whole number") from err
    if not MIN_PORT <= port <= MAX_PORT:
        raise PortParseError(text, f"outside {MIN_PORT}-{MAX_PORT}")
    return port
