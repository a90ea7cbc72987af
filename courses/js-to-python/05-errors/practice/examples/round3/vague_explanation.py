"""Your explanation: because it's the Pythonic way to do it."""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise PortError(text) from e
    if not 0 < port < 65536:
        raise PortError(text)
    return port
