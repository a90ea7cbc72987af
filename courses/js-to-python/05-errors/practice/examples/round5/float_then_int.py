"""Lesson 05 · Practice

Your explanation: parsing is the validation; I try the conversion and
handle its ValueError rather than writing a second set of rules that
could disagree with Python's own number parsing.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(float(text))
    except ValueError as err:
        raise PortError(f"bad port {text!r}") from err
    if port < 1 or port > 65535:
        raise PortError(f"bad port {text!r}")
    return port
