"""Lesson 05 · Practice

Design `parse_port(text)`.

Your explanation: I call int() and catch ValueError instead of inspecting the
text first, because int() already knows every rule for what a whole number
looks like (surrounding whitespace, a leading sign, underscores). A check
written by hand would repeat those rules and would sooner or later disagree
with them, and I would still need the try in case it let something through.
Asking forgiveness wins when the operation itself is the best judge of what
is valid.
"""


class PortError(ValueError):
    """The text is not a port number from 1 to 65535."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"not a whole number: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"port out of range 1-65535: {port}")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
