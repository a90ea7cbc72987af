"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: asking forgiveness is better when the check would have to
predict what the real operation does. Here int() is that operation; if I used
isdigit() first I would reject " 443\n" and "+443", which int() accepts, and
still need a try for anything I missed.
"""


class PortError(ValueError):
    pass


class NotANumber(PortError):
    pass


class OutOfRange(PortError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise NotANumber(text) from err
    if 1 <= port <= 65535:
        return port
    raise OutOfRange(port)


if __name__ == "__main__":
    print(parse_port("8080"))
