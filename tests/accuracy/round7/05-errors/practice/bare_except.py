"""Ports.

Your explanation: it is better to just try int() and handle the failure
than to check every character first, since int() already does that work.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except:
        raise PortError("invalid port")
    if port < 1 or port > 65535:
        raise PortError("invalid port")
    return port
