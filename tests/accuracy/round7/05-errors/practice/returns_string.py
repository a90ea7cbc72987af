"""Ports.

Your explanation: I try int() instead of checking the string because int()
is the real rule for what a whole number is.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(text) from err
    if not 1 <= port <= 65535:
        raise PortError(text)
    return text.strip()
