"""Lesson 05 · Practice

Your explanation: instead of checking the string with a regex like I would
in JS (/^\d+$/.test(text)), I just try int(). int() already handles the
spaces and newline, and a regex would have to be kept in sync with it. When
the operation can validate itself, asking forgiveness is the cleaner way.
"""


class PortParseError(Exception):
    pass


def parse_port(text):
    try:
        portNumber = int(text)
    except ValueError as parseErr:
        raise PortParseError("Invalid port: " + repr(text)) from parseErr
    if portNumber < 1 or portNumber > 65535:
        raise PortParseError("Port out of range: " + str(portNumber))
    return portNumber
