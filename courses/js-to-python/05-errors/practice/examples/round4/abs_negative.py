"""Lesson 05 · Practice

Your explanation: I just try int() and catch ValueError, because the conversion
already knows which strings are numbers; checking first would repeat that logic.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = abs(int(text))
    except ValueError as err:
        raise PortError(f"{text!r} is not a number") from err
    if port == 0 or port > 65535:
        raise PortError(f"{port} is not a valid port")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
