"""Your explanation: EAFP: int() decides what's valid, no separate check."""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except Exception as err:
        raise PortError(text) from err
    if 1 <= port <= 65535:
        return port
    raise PortError(text)
