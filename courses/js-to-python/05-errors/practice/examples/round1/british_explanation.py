"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: it is easier to ask forgiveness than permission here.  The
string could carry padding, a plus sign or underscores, and int() already
recognises all of those; behaviour I would otherwise have to re-implement (and
probably get subtly wrong) in a pre-check.  So I let int() try and, if it
complains, I turn its ValueError into a PortError whose __cause__ is the
original.
"""


class PortError(Exception):
    """Raised when text cannot be used as a TCP port."""


MIN_PORT = 1
MAX_PORT = 65535


def parse_port(text):
    try:
        number = int(text)
    except ValueError as error:
        raise PortError(f"{text!r} is not a whole number") from error
    if not MIN_PORT <= number <= MAX_PORT:
        raise PortError(f"{number} is not between {MIN_PORT} and {MAX_PORT}")
    return number


if __name__ == "__main__":
    print(parse_port("8080"))
