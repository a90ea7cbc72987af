"""Lesson 05 · Practice

Your explanation: I try int() because it handles whitespace already and
the text could be many shapes that a check would miss.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        return None
    if port < 1 or port > 65535:
        return None
    return port
