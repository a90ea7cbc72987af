"""Your explanation: try/except is always faster than an if-statement in
Python, so you should never check first. That's the only reason."""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(text) from err
    if not 1 <= port <= 65535:
        raise PortError(text)
    return port
