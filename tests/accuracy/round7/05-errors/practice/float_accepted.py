"""Ports.

Your explanation: I try converting and catch ValueError, because the
conversion knows better than my own checks what is a number.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(float(text))
    except ValueError as err:
        raise PortError(text) from err
    if not 1 <= port <= 65535:
        raise PortError(text)
    return port
