"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: trying the conversion means there is no second opinion about
what a number is: int() decides, and I only translate its ValueError into my
own error.  Checking the string first would need to handle whitespace and
signs by hand and could still disagree with int().
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
        if not 0 < port < 65536:
            raise ValueError(f"{port} is outside 1-65535")
    except ValueError as err:
        raise PortError(f"invalid port {text!r}") from err
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
