"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: int() decides what is a number better than any check I could
write in advance, so I try it and react to the ValueError.  Checking first
would duplicate its rules.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        raise PortError(f"not a whole number: {text!r}")
    if not 1 <= port <= 65535:
        raise PortError(f"out of range: {port}")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
