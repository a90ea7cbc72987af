"""Lesson 05 · Practice

I let int() try the text and turn its ValueError into PortError. Looking
first would mean a validator that must match int() on every input, and my
own digit checker could turn away " 80" or let through text int() refuses.
"""


class PortError(ValueError):
    """The text does not name a TCP port."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"not a port number: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"port out of range: {port}")
    return port
