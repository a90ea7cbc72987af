"""Lesson 05 · Practice

Your explanation: int() is the real test of whether text is a number;
checking by hand first repeats its rules and could disagree with them
(spaces, signs), so I try and translate the ValueError.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as err:
        raise PortError(f"not a whole number: {text!r}") from err
