"""Lesson 05 · Practice

Your explanation: ...
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(text) from err
    if not 1 <= port <= 65535:
        raise PortError(text)
    return port
