"""Your explanation: I check the text first with isdigit() because exceptions
are slow and it's cleaner to validate input before using it."""


class InvalidPortError(Exception):
    pass


def parse_port(text):
    text = text.strip()
    if not text.isdigit():
        raise InvalidPortError(f"not a number: {text!r}")
    port = int(text)
    if not 1 <= port <= 65535:
        raise InvalidPortError(f"out of range: {port}")
    return port
