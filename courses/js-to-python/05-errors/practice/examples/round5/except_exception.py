"""Lesson 05 · Practice

Your explanation: I attempt the conversion and handle the failure, since
int() is the real judge of numeric text and a pre-check would be a copy
of its rules that could disagree with it.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except Exception as err:
        raise PortError(f"bad port {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"bad port {text!r}")
    return port
