"""Ports.

Your explanation: easier to ask forgiveness than permission.  int() does the
validation for me (whitespace included), so I attempt it and translate the
failure, rather than duplicate int()'s rules in an if.
"""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise ValueError(f"not a port: {text!r}") from err
    if not 1 <= port <= 65535:
        raise ValueError(f"out of range: {port}")
    return port
