class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
        if not 1 <= port <= 65535:
            raise PortError("out of range")
    except ValueError as err:
        raise PortError(f"not an integer: {text!r}") from err
    return port
