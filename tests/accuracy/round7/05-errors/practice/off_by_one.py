"""Ports.

Your explanation: int() decides what a number is; I try it and turn its
ValueError into my own error instead of validating the string by hand, which
could disagree with int() on things like " 443\n".
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(text) from err
    if not 1 < port < 65535:
        raise PortError(text)
    return port
