"""Your explanation: int() handles whitespace/sign rules; a pre-check would
re-implement them and could go stale (EAFP beats LBYL here)."""


class PortErr(ValueError):
    pass


def parse_port(text):
    try:
        portNumber = int(text)
    except ValueError as parseErr:
        raise PortErr(text) from parseErr
    if not 1 <= portNumber <= 65535:
        raise PortErr(text)
    return portNumber
