"""Lesson 05 · Practice

Your explanation: looking first means writing a validator that must match
int() exactly; trying first means the thing that does the work decides
whether the input is acceptable, with no gap between checking and doing.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text.strip())
    except ValueError as err:
        raise PortError(f"not a whole number: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"port must be 1-65535, got {port}")
    return port
