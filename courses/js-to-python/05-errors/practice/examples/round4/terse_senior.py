"""Your explanation: int() is the validator; pre-checking duplicates its grammar
(whitespace, sign, underscores) and still needs the except. EAFP."""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise PortError(text) from e
    if 1 <= port <= 65535:
        return port
    raise PortError(text)
