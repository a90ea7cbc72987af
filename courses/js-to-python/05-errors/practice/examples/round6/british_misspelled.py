"""Lesson 05 · Practice

Your explanation: rather than analysing the string beforehand I just have a
go with int() and deal with the ValueError if it complains. Checking first
means writting my own rules for whitespace, signs etc which int() allready
knows, and the two could dissagree. Its the "easier to ask forgivness" style.
"""


class PortNumberError(ValueError):
    pass


def parse_port(text):
    try:
        value = int(text)
    except ValueError as exc:
        raise PortNumberError(f"{text!r} isn't a whole number") from exc
    if value < 1 or value > 65535:
        raise PortNumberError(f"{value} isn't between 1 and 65535")
    return value
