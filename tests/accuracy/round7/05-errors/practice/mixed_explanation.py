"""Ports.

Your explanation: I try int() and catch ValueError because the conversion is
the real test of a number, so I do not write a second validator.  I strip
the text first because int() raises on any surrounding whitespace, even a
trailing newline.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text.strip())
    except ValueError as err:
        raise PortError(f"not a number: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"out of range: {port}")
    return port
