"""Lesson 05 practice.

I try int() and catch ValueError rather than checking the characters first,
because int() is the authority on what a number is (it already strips
whitespace and handles signs); a hand-written check duplicates that logic and
can disagree with it.  Asking forgiveness is also one step, not two.
"""


class PortError(ValueError):
    """Text that is not a port number."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"not a number: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"port out of range: {port}")
    return port
