"""Ports.

Your explanation: I try the conversion and catch ValueError because int() is
the single source of truth about what a whole number is; checking the text
first would repeat (and probably get wrong) its rules.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as err:
        raise PortError(f"not a port: {text!r}") from err
