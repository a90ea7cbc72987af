"""It is not safer to check the text first: str.isdigit() says yes to "²",
which int() refuses, and no to " 443", which int() accepts.  So I try the
conversion and catch ValueError, and int() stays the single source of truth."""


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
