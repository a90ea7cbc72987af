"""Ports.

Your explanation: trying int() and catching ValueError means I do not need
to write my own digit check, and int() handles the whitespace.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        return None
    if 1 <= port <= 65535:
        return port
    return None
