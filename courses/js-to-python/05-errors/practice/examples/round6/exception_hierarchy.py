"""Lesson 05 · Practice

Your explanation: trying int() first means I never write my own digit
checker that might reject " 443\n" or accept something int() refuses. The
conversion is the real test of "is this a whole number"; I only translate
its ValueError into my own error type.
"""


class PortError(ValueError):
    """Base class for bad port text."""


class NotANumber(PortError):
    pass


class OutOfRange(PortError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise NotANumber(f"{text!r} is not a whole number") from err
    if not 1 <= port <= 65535:
        raise OutOfRange(f"{port} is outside 1..65535")
    return port
