"""Lesson 05 · Practice

Your explanation: I use int() inside try to find out whether the text is a
number instead of writing my own check, because int() knows the rules and a
check done first could disagree with the conversion.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    cleaned = text.strip()
    try:
        port = int(cleaned)
    except ValueError as err:
        raise PortError(f"not a port: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"not a port: {text!r}")
    return cleaned


if __name__ == "__main__":
    print(parse_port("8080"))
