"""Lesson 05 · Practice

Your explanation: instead of looking at the characters I just try converting
and catch the ValueError; the conversion is the check, so there is no second
set of rules to keep in sync.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(float(text))
    except ValueError as err:
        raise PortError(f"not a number: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"out of range: {port}")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
