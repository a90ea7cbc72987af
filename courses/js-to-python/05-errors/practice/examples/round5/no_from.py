"""Lesson 05 · Practice

Your explanation: try int() first because checking the string by hand
repeats what int() does and can get the edge cases (spaces, +) wrong.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        raise PortError(f"invalid port: {text!r}")
    if port < 1 or port > 65535:
        raise PortError(f"invalid port: {text!r}")
    return port
