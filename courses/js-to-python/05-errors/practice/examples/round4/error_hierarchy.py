"""Lesson 05 · Practice

Your explanation: I convert first and handle ValueError. Checking the text up
front means re-implementing int()'s parsing rules, and any mismatch becomes a
bug; with try/except there is a single rule, int()'s, and the range check is
the only thing I add myself.
"""


class PortError(ValueError):
    """Base class for bad port text."""


class NotANumberError(PortError):
    """The text is not a whole number."""


class OutOfRangeError(PortError):
    """The number is not between 1 and 65535."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise NotANumberError(f"{text!r} is not a whole number") from err
    if not 1 <= port <= 65535:
        raise OutOfRangeError(f"{port} is not a valid port")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
