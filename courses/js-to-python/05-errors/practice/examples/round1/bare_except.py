"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: trying is easier than checking every possible bad format up
front; int() will tell us if it is not a number.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
        assert 1 <= port <= 65535
        return port
    except:
        raise PortError("invalid port: %r" % (text,))


if __name__ == "__main__":
    print(parse_port("8080"))
