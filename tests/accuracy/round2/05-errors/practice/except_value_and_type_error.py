"""Lesson 05 · Practice

Your explanation: I try int() and catch ValueError instead of checking the
text first, because int() already knows every rule for a valid integer
(surrounding whitespace, a sign, underscores). A hand-written check such as
isdigit() would duplicate those rules and get some wrong: " 443\n" fails
isdigit() but is a fine port. Asking forgiveness also leaves no gap between
the check and the action.
"""


class PortParseError(Exception):
    """Raised when text cannot be a TCP port."""


def parse_port(text):
    try:
        port = int(text)
    except (ValueError, TypeError) as err:
        raise PortParseError(f"cannot parse port from {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortParseError(f"port {port} outside 1..65535")
    return port
