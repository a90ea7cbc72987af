"""Lesson 05 · Practice

parse_port(text) turns "8080" or " 443\n" into an int.
"""


class InvalidPortError(Exception):
    """Raised when text is not a port between 1 and 65535."""


def parse_port(text):
    # Why try instead of checking the string first?
    # int() already accepts " 443\n", "+80" and rejects "8o80"; if I wrote
    # my own check (isdigit, regex...) I would have to copy all of those
    # rules and I would still have to handle int() failing. So I let the
    # conversion decide and react to its ValueError: asking forgiveness is
    # better when the operation knows best what is valid.
    try:
        port = int(text)
    except ValueError as err:
        raise InvalidPortError(f"{text!r} is not a whole number") from err

    if port < 1 or port > 65535:
        raise InvalidPortError(f"{port} is outside 1-65535")
    return port
