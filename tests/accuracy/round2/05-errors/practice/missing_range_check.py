"""Lesson 05 · Practice

Your explanation: I try int() and catch ValueError instead of checking the
text first, because int() already knows every rule for a valid integer
(surrounding whitespace, a sign, underscores). A hand-written check such as
isdigit() would duplicate those rules and get some wrong: " 443\n" fails
isdigit() but is a fine port. Asking forgiveness also leaves no gap between
the check and the action.
"""


class InvalidPortError(ValueError):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as err:
        raise InvalidPortError(f"not a whole number: {text!r}") from err
