"""Lesson 05 · Practice

Your explanation: I try the conversion because int() never raises on bad input,
it just returns 0, so checking the text first would be wasted work. Exceptions
in Python are only for unrecoverable crashes anyway.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"bad port: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"bad port: {port}")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
