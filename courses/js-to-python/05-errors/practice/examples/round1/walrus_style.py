"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: try first, because int() has the definitive rules for parsing
and a pre-check would just be a second, less accurate copy of them. EAFP also
avoids doing the work twice (validate, then convert).
"""


class PortError(ValueError):
    """Not a usable TCP/UDP port."""


def parse_port(text: str) -> int:
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"invalid port: {text!r}") from err
    if (port := port) < 1 or port > 65535:
        raise PortError(f"out of range: {port}")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
