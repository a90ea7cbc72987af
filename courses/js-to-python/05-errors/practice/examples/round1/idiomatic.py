"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: int() already knows every rule for what a whole number
looks like (surrounding whitespace, a sign, underscores, non-ASCII digits), so
asking it and catching ValueError keeps one definition of "valid".  A check
written first would duplicate those rules and drift from them, and the
conversion would still need its own error handling.
"""


class PortError(ValueError):
    """The text is not a port number from 1 to 65535."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"not a whole number: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"port out of range: {port}")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
