"""Lesson 05 · Practice

Your explanation: I don't look before I leap here. A check such as
text.isdigit() would not accept " 443\n", and any check I write is a guess at
what int() allows; if they ever differ, the check is the one that is wrong.
So I never validate up front: int() tries, and its ValueError is my signal.
"""


class PortError(ValueError):
    """Text that is not a port."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"{text!r} is not a whole number") from err
    if not 1 <= port <= 65535:
        raise PortError(f"{port} is not between 1 and 65535")
    return port
