"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: a regex makes the accepted format explicit, which is clearer
than relying on whatever int() happens to accept.
"""
import re


class PortError(ValueError):
    pass


PORT_RE = re.compile(r"\s*\d{1,5}\s*")


def parse_port(text):
    if not PORT_RE.fullmatch(text):
        raise PortError(f"not a port: {text!r}")
    port = int(text)
    if not 1 <= port <= 65535:
        raise PortError(f"out of range: {port}")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
