"""Lesson 05 · Practice

Your explanation: "it's easier to ask forgiveness than permission". int() is the
authority on what parses, so I try it and translate its ValueError into my own
PortError. A pre-check (isdigit, regex) would reject valid input like "+443"
or accept input int() refuses, and I would still need the try.
"""


class PortError(Exception):
    def __init__(self, text, reason):
        super().__init__(f"invalid port {text!r}: {reason}")
        self.text = text
        self.reason = reason


def parse_port(text):
    try:
        value = int(text)
    except ValueError as exc:
        raise PortError(text, "not a whole number") from exc
    if value < 1 or value > 65535:
        raise PortError(text, "must be 1-65535")
    return value


if __name__ == "__main__":
    print(parse_port("8080"))
