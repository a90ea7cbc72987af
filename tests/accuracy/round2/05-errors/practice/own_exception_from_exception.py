"""Lesson 05 · Practice

Your explanation: I try int() and catch ValueError instead of checking the
text first, because int() already knows every rule for a valid integer
(surrounding whitespace, a sign, underscores). A hand-written check such as
isdigit() would duplicate those rules and get some wrong: " 443\n" fails
isdigit() but is a fine port. Asking forgiveness also leaves no gap between
the check and the action.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text.strip())
    except ValueError as err:
        raise PortError(f"{text!r} is not a number") from err
    if port < 1 or port > 65535:
        raise PortError(f"{port} is not between 1 and 65535")
    return port
