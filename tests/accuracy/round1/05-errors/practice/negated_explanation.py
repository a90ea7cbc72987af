"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: I don't inspect the characters before converting, because no
hand-written check knows what int() accepts, and without trying I can't be
sure the check and the conversion agree.  When the operation itself is the
only real test of validity, trying it and catching the failure is not just
shorter, it cannot be wrong in a different way.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"{text!r} is not a port") from err
    if not 1 <= port <= 65535:
        raise PortError(f"{port} is not a port")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
