"""Your explanation: trying int() is EAFP: the conversion decides, not my check."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(text) from err
    if not 1 <= port <= 65535:
        raise PortError(text)
    return port
