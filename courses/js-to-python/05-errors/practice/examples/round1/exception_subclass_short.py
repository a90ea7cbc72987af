"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: I just try it. If I checked first with isdigit() or a regex I
would have to reproduce what int() accepts, and I would get it wrong for
things like " 443\n" or "+80". EAFP is better when the operation itself is the
real judge of what is valid and the failure is cheap to catch.
"""


class InvalidPortError(Exception):
    pass


def parse_port(text):
    try:
        value = int(text)
    except ValueError as exc:
        raise InvalidPortError(text) from exc
    if value < 1 or value > 65535:
        raise InvalidPortError(text)
    return value


if __name__ == "__main__":
    print(parse_port("8080"))
