"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: I check the text with isdigit() first so that int() never
fails; that way I know exactly why the input is bad before converting.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    cleaned = text.strip()
    if not cleaned.isdigit():
        raise PortError(f"not a number: {text!r}")
    port = int(cleaned)
    if not 1 <= port <= 65535:
        raise PortError(f"out of range: {port}")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
