"""Lesson 05 · Practice

Your explanation: the conversion validates itself; checking first would
duplicate int()'s rules about spaces and signs.
"""


class PortError(Error):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"bad port {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"bad port {port}")
    return port
