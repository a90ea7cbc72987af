"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: like parseInt returning NaN, I return None for bad input so
the caller can check it without try/except.
"""


def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        return None
    if port < 1 or port > 65535:
        return None
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
