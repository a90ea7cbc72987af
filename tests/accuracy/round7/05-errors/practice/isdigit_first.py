"""Ports.

Your explanation: I check the text first so that int() can never fail, which
is cleaner than catching an exception.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    cleaned = text.strip()
    if not cleaned.isdigit():
        raise PortError(f"not a number: {text!r}")
    port = int(cleaned)
    if not 1 <= port <= 65535:
        raise PortError(f"out of range: {port}")
    return port
