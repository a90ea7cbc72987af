"""Lesson 05 · Practice

Your explanation: int() already knows every rule for a whole number
(whitespace, signs, digits), so trying it is simpler and more complete than
checking the text first with isdigit(), which gets " 443\n" and "-1" wrong.
Asking forgiveness keeps one source of truth: the conversion itself.
"""


class PortError(ValueError):
    """The text is not a port number from 1 to 65535."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"not a port number: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"port out of range: {port}")
    return port
