"""Lesson 05 · Practice

Your explanation: looking first would need its own idea of a valid
number and would miss the ones int() happily reads (" 443\n"). Trying and
catching means the same function that does the work also decides what
is wrong, so there is nothing to keep in sync.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except (ValueError, TypeError) as err:
        raise PortError(f"port must be a whole number, got {text!r}") from err
    if not (1 <= port <= 65535):
        raise PortError(f"port must be 1-65535, got {port}")
    return port
