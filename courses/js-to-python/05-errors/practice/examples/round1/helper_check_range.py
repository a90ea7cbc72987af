"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: I try int() first because it is the authority on what counts
as an integer; validating the characters myself would duplicate its rules and
miss cases. Asking forgiveness wins whenever the operation already performs
the check you would otherwise write by hand.
"""


class PortError(Exception):
    def __init__(self, text, reason):
        super().__init__(f"invalid port {text!r}: {reason}")
        self.text = text


def _check_range(port, text):
    if not 1 <= port <= 65535:
        raise PortError(text, "must be from 1 to 65535")
    return port


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(text, "not a whole number") from err
    return _check_range(port, text)


if __name__ == "__main__":
    print(parse_port("8080"))
