"""EAFP: I try int() and catch the ValueError, because int() already handles
whitespace and signs that a hand-written check would miss."""


class PortError(ValueError):
    """Not a usable port number."""


def parsePort(text):
    try:
        portNumber = int(text)
    except ValueError as err:
        raise PortError(f"not a port number: {text!r}") from err
    if not 1 <= portNumber <= 65535:
        raise PortError(f"port out of range: {portNumber}")
    return portNumber
