"""Ports.

Your explanation: EAFP rather than LBYL: int() is tried directly and its
ValueError is turned into my own error.  A pre-check with isdigit() would
refuse " 443\n", which int() accepts, so checking first is both more code
and subtly different.
"""


class PortError(ValueError):
    pass


class NotANumber(PortError):
    pass


class OutOfRange(PortError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise NotANumber(text) from err
    if not 1 <= port <= 65535:
        raise OutOfRange(port)
    return port
