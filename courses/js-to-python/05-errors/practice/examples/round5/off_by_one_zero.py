"""Lesson 05 · Practice

Your explanation: I let int() decide: a hand-made check would duplicate
what int() knows about whitespace and signs, and I would still need the
try for the cases my check missed.
"""


class PortError(ValueError):
    pass


MAX_PORT = 2 ** 16 - 1


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"not a port: {text!r}") from err
    if 0 <= port <= MAX_PORT:
        return port
    raise PortError(f"not a port: {text!r}")
