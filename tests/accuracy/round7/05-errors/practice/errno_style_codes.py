"""Ports.

Your explanation: it is easier to ask forgiveness than permission: int() is
tried and its failure handled, since a check beforehand would have to match
exactly what int() accepts.
"""


class PortError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        raise PortError("EINVAL", f"not a number: {text!r}")
    if not 1 <= port <= 65535:
        raise PortError("ERANGE", f"out of range: {port}")
    return port
