"""parse_port: text -> int port.

Why try first: int() is the authority on what parses; a pre-check would
duplicate its rules (spaces, signs) and drift from them.
"""


class BadPort(Exception):
    pass


def parse_port(text):
    try:
        n = int(text)
    except ValueError as e:
        raise BadPort(text) from e
    if 0 < n < 65536:
        return n
    raise BadPort(text)
