"""Ports.

Your explanation: try/except is the Pythonic way.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"not a number: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"out of range: {port}")
    return port
