"""Your explanation: checking the text first is normally safer, but try/except
is faster in Python because if statements are slow, so I used it here."""


class InvalidPortError(ValueError):
    """The text is not a whole number from 1 to 65535."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise InvalidPortError(f"not a whole number: {text!r}") from err
    if not 1 <= port <= 65535:
        raise InvalidPortError(f"port out of range: {port}")
    return port
