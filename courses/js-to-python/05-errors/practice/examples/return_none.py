"""EAFP: I try int() and catch the ValueError, because int() already handles
whitespace and signs that a hand-written check would miss."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        return None
    if not 1 <= port <= 65535:
        return None
    return port
