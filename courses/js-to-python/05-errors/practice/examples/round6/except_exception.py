"""Lesson 05 · Practice

Your explanation: I call int() and catch ValueError instead of inspecting
the text first. int() already knows every rule (spaces, signs, digits), so a
hand-written check would duplicate it and could still miss cases; trying the
conversion keeps one source of truth and the check and the action cannot
disagree.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except Exception as err:
        raise PortError(f"bad port {text!r}") from err
    if port < 1 or port > 65535:
        raise PortError(f"bad port {port}")
    return port
