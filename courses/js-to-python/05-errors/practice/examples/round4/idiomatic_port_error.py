"""Lesson 05 · Practice

Your explanation: I call int() and catch ValueError instead of inspecting the
text first, because int() already knows every rule for what a whole number
looks like (surrounding whitespace, a leading sign, underscores). A hand-made
check would have to repeat those rules and would drift from them; asking
forgiveness keeps one source of truth and one code path.
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
