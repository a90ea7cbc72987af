"""EAFP: I try int() and catch the failure, because int() already handles
whitespace and signs that a hand-written check would miss."""


class PortError(ValueError):
    """Not a usable port number."""


def parse_port(text):
    try:
        port = int(text)
    except:
        raise PortError(f"not a port number: {text!r}")
    if not 1 <= port <= 65535:
        raise PortError(f"port out of range: {port}")
    return port
