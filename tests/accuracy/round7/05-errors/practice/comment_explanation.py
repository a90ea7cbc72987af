"""Port parsing for the config loader."""


class PortError(ValueError):
    """Not a valid port."""


def parse_port(text):
    # Why try first: int() allready understands whitespace and signs, so
    # re-checking the string myself would be a second, slightly diffrent set
    # of rules.  Asking forgivness means the conversion is the only judge.
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"{text!r} is not a whole number") from err
    if not 1 <= port <= 65535:
        raise PortError(f"{port} is not in 1..65535")
    return port
