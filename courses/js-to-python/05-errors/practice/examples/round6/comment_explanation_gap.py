"""Lesson 05 · Practice"""


class InvalidPortError(Exception):
    """Text that is not a whole number from 1 to 65535."""


def parse_port(text):
    # EAFP: I just attempt int(). A look-first check (isdigit, a regex) is a
    # second definition of "number" that can disagree with int() - it would
    # reject " 443\n" or "+80" - so the conversion itself decides, and I
    # turn its ValueError into my own exception, keeping it as the cause.
    try:
        port = int(text)
    except ValueError as exc:
        raise InvalidPortError(f"not a number: {text!r}") from exc
    if port < 1 or port > 65535:
        raise InvalidPortError(f"out of range: {port}")
    return port
