"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Then, in this docstring (replace the line below), explain why you try the
conversion instead of checking the text first.

Your explanation: ...
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"not a port: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"not a port: {port}")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
