"""Ports.

Your explanation: trying int() beats checking first; int() already knows the
rules, and I report its failure to the caller.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        return PortError(str(err)), None
    if not 1 <= port <= 65535:
        return PortError("out of range"), None
    return None, port
