"""Lesson 05 · Practice

Your explanation: EAFP - I attempt int(text) and handle the ValueError. Checking
the string beforehand duplicates int()'s own rules and still leaves the
conversion to fail in cases the check forgot.
"""


class PortError(ValueError):
    """Raised for text that is not a valid TCP port."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"{text!r} is not an integer") from err
    if port < 0 or port > 65535:
        raise PortError(f"{port} is outside the port range")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
