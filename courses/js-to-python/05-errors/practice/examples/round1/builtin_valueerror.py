"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: EAFP - int() knows its own rules (whitespace, signs), so
trying it is more reliable than pre-validating the string by hand.
"""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise ValueError(f"invalid port {text!r}") from err
    if not 1 <= port <= 65535:
        raise ValueError(f"port {port} out of range")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
