"""Lesson 05 · Practice

Your explanation: int() checks the text for me, so I try it.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    catch (ValueError err):
        raise PortError("bad port") from err
    if not 1 <= port <= 65535:
        raise PortError("bad port")
    return port
