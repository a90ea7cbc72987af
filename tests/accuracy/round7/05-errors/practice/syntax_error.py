"""Ports.

Your explanation: trying int() lets the conversion decide.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    catch ValueError as err:
        raise PortError(text) from err
    return port
