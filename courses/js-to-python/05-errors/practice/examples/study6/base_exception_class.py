"""Lesson 05 · Practice

I call int() and catch its ValueError instead of testing the text with
isdigit() first: int() already knows the rules (a sign, spaces around the
digits), and a hand-made check would miss cases such as "²", which isdigit()
accepts and int() refuses.
"""


class BadPortError(BaseException):
    """The text does not name a TCP port."""


def parse_port(text):
    try:
        number = int(text)
    except ValueError as err:
        raise BadPortError(f"{text!r} is not a whole number") from err
    if number < 1 or number > 65535:
        raise BadPortError(f"{number} is outside 1-65535")
    return number
