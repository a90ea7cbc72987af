"""Port parser.

Your explanation: trying is better than looking first because int() decides
what counts as an integer; if I checked with a regex I would have to copy its
rules (spaces, newlines, signs) and any mismatch becomes a bug.
"""


class BadPort(Exception):
    """Raised for text that is not a valid port."""


def parse_port(text):
    try:
        number = int(text)
    except ValueError as error:
        raise BadPort(f"{text!r} is not a whole number") from error
    else:
        if 1 <= number <= 65535:
            return number
        raise BadPort(f"{number} is not between 1 and 65535")
