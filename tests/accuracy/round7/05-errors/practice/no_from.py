"""Ports.

Your explanation: int() already knows what a valid integer is, so I try it
and catch ValueError instead of checking the characters myself; a separate
check could disagree with int().
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        raise PortError(f"not a number: {text!r}")
    if not 1 <= port <= 65535:
        raise PortError(f"out of range: {port}")
    return port
