"""Lesson 05 · Practice

Your explanation: trying the conversion is simpler than predicting every way the
text could be wrong; int() raises ValueError for anything it cannot read, and I
turn that into my own PortError for the caller.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        raise PortError(f"{text!r} is not a whole number") from None
    if not 1 <= port <= 65535:
        raise PortError(f"{port} is out of range")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
