class InvalidPortError(Exception):
    """Raised when a string is not a valid TCP port."""


def parse_port(text):
    # Why try instead of checking first? Because int() already handles
    # spaces, newlines, "+443" and so on. If I checked with isdigit() I'd
    # have to strip the text myself and I'd still get some cases wrong.
    # It's "easier to ask forgiveness than permission" (EAFP).
    try:
        port = int(text)
    except ValueError as error:
        # keep the original error as the cause
        raise InvalidPortError(f"{text!r} is not a whole number") from error

    # now check the range
    if port < 1 or port > 65535:
        raise InvalidPortError(f"{port} is not between 1 and 65535")

    return port
