"""Lesson 05 · Practice

Your explanation: in JavaScript parseInt("80abc") returns 80 and
parseInt("abc") returns NaN, so you have to check isNaN afterwards.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"invalid port: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"invalid port: {port}")
    return port
