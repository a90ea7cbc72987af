"""Ports.

Your explanation: I use try because Python has no way to check whether a
string is a number before converting it, so the only option is to let int()
fail.  Checking first is impossible in Python.
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
