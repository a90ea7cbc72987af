"""Your explanation: I try int() because it handles whitespace and signs for
me, better than checking the characters first."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        return None
    if 1 <= port <= 65535:
        return port
    return None
