"""Lesson 05 · Practice: reference answer.

I try `int(text)` and catch `ValueError` rather than checking the text first
(EAFP, "easier to ask forgiveness than permission").  `int()` already knows
every rule for what a whole number looks like: it accepts surrounding
whitespace and a sign, and it rejects "²" even though `"²".isdigit()` is True.
A hand-written check would repeat those rules and miss some edge cases, and
the `try` is needed anyway.  Looking first is worth it only when a check is
cheap and certain and the failure would be expensive or hard to undo.
"""


class PortError(ValueError):
    """The text is not a usable TCP port number."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"not a port number: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"port out of range (1-65535): {port}")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
