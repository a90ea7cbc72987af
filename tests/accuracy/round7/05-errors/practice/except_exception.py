"""Ports.

Your explanation: asking forgiveness: converting and catching the failure
avoids a race-free... no, avoids writing a second validator that must agree
with int().
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except Exception as err:
        raise PortError(f"bad port {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"bad port {text!r}")
    return port
