"""Lesson 05 · Practice

Your explanation: I use try/except because int() is faster than running a
regular expression over the text.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"bad port: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"bad port: {port}")
    return port
