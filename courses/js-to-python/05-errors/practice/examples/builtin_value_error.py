"""EAFP: I try int() and catch the ValueError, because int() already handles
whitespace and signs that a hand-written check would miss."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise ValueError(f"not a port number: {text!r}") from err
    if not 1 <= port <= 65535:
        raise ValueError(f"port out of range: {port}")
    return port
