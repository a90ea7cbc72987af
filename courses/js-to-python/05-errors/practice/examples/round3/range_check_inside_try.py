"""Your explanation: int() is the authority; checking first duplicates it."""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
        if not 1 <= port <= 65535:
            raise PortError(f"out of range: {port}")
    except ValueError as err:
        raise PortError(f"not an integer: {text!r}") from err
    return port
