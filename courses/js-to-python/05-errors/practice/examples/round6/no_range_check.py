"""Lesson 05 · Practice

Your explanation: I call int() and catch ValueError instead of inspecting
the text first. int() already knows every rule (spaces, signs, digits), so a
hand-written check would duplicate it and could still miss cases; trying the
conversion keeps one source of truth and the check and the action cannot
disagree.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        return int(text.strip())
    except ValueError as err:
        raise PortError(f"not a port: {text!r}") from err
