"""Your explanation: int() is the real authority on what's a number, so I
try it and handle the failure instead of pre-checking the string."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise ValueError(f"invalid port: {text!r}") from err
    if not 1 <= port <= 65535:
        raise ValueError(f"port out of range: {port}")
    return port
