"""Lesson 05 · Practice

Your explanation: Because this is the Pythonic way to do it and it's
cleaner. Python people like try/except more.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError("invalid port") from err
    if port < 1 or port > 65535:
        raise PortError("invalid port")
    return port
