"""Lesson 05 · Practice

Your explanation: I call int() and catch ValueError instead of inspecting
the text first. int() already knows every rule (spaces, signs, digits), so a
hand-written check would duplicate it and could still miss cases; trying the
conversion keeps one source of truth and the check and the action cannot
disagree.
"""


class PortError(Exception):
    def __init__(self, text):
        super().__init__(f"not a port number from 1 to 65535: {text!r}")
        self.text = text


def parse_port(text):
    try:
        port = int(text)
    except (ValueError, TypeError) as err:
        raise PortError(text) from err
    if port not in range(1, 65536):
        raise PortError(text)
    return port
