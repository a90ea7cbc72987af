"""Lesson 05 · Practice

Your explanation: int() knows what a number is better than any check I
would write, so I try it and handle the ValueError when it fails.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        return PortError(f"bad port {text!r}"), None
    if not 1 <= port <= 65535:
        return PortError(f"bad port {port}"), None
    return None, port
