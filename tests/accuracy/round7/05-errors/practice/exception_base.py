"""Port parsing.

Your explanation: rather than analysing the string beforehand I let int() have a
go and deal with the failure.  The conversion itself is the best judge of
what is valid, so there is no second set of rules to keep in sync, and the
common case (good input) costs nothing extra.
"""


class InvalidPortError(Exception):
    pass


def parse_port(text):
    try:
        value = int(text)
    except ValueError as exc:
        raise InvalidPortError(text) from exc
    if value < 1 or value > 65535:
        raise InvalidPortError(text)
    return value
