"""Your explanation: trying int() is easier than writing my own validation,
and there's no gap between checking and converting (EAFP)."""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        raise PortError(f"bad port {text!r}")
    if not 1 <= port <= 65535:
        raise PortError(f"bad port {text!r}")
    return port
