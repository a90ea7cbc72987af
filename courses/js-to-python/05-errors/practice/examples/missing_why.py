"""This function uses EAFP: it tries int() on the text and catches the
ValueError, raising PortError from it when the conversion fails."""


class PortError(ValueError):
    """Not a usable port number."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"not a port number: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"port out of range: {port}")
    return port
