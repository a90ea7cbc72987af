"""Your explanation: I check first to be safe and then try, belt and braces."""


class PortError(ValueError):
    pass


def parse_port(text):
    cleaned = text.strip()
    if not cleaned.isnumeric():
        raise PortError(text)
    try:
        port = int(cleaned)
    except ValueError as err:
        raise PortError(text) from err
    if not 1 <= port <= 65535:
        raise PortError(text)
    return port
