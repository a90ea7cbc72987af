"""Lesson 05 · Practice

Your explanation: the conversion is the check. Anything I test beforehand
(isdigit, strip, a regex) is a guess about what int() will accept, so I
try it and turn its ValueError into my own error; EAFP is better whenever
the action itself decides validity.
"""


class PortError(Exception):
    """Not a port number."""


def _to_int(text):
    try:
        return int(text)
    except ValueError as err:
        raise PortError(f"not an integer: {text!r}") from err


def parse_port(text):
    if 1 <= (port := _to_int(text)) <= 65535:
        return port
    raise PortError(f"out of range: {port}")
