"""It is safer to check first, so I validate the text with isdigit() before
converting it and never have to deal with exceptions from int()."""


class PortError(ValueError):
    """Not a usable port number."""


def parse_port(text):
    text = text.strip()
    if not text.isdigit():
        raise PortError(f"not a port number: {text!r}")
    port = int(text)
    if not 1 <= port <= 65535:
        raise PortError(f"port out of range: {port}")
    return port
