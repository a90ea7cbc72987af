"""Lesson 05 · Practice

Your explanation:
    Python's style is EAFP ("easier to ask forgiveness than permission").
    Here it is the better choice because deciding whether a string is a
    valid integer is exactly what int() does. Checking first (isdigit, a
    regex) would be a second, weaker copy of that logic: isdigit() says no
    to " 443\n" and to "-1" even though int() reads them, and says yes to
    some Unicode digits. So I attempt the conversion and translate its
    ValueError into my own error.
"""


class PortError(ValueError):
    """Base class for every bad port."""


class PortFormatError(PortError):
    """The text is not a whole number."""


class PortRangeError(PortError):
    """The number is not between 1 and 65535."""


MIN_PORT = 1
MAX_PORT = 65535


def parse_port(text: str) -> int:
    try:
        port = int(text)
    except ValueError as err:
        raise PortFormatError(f"not a whole number: {text!r}") from err
    if not MIN_PORT <= port <= MAX_PORT:
        raise PortRangeError(f"{port} not in {MIN_PORT}..{MAX_PORT}")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
