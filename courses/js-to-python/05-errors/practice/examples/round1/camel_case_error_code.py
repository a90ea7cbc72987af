"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: I try the conversion since int() knows the rules better than
a hand-written check, then attach a code to the error like Node does.
"""


class PortError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


def parse_port(text):
    try:
        portNumber = int(text)
    except Exception as err:
        raise PortError("Invalid port", "EINVALIDPORT")
    if portNumber < 1 or portNumber > 65535:
        raise PortError("Port out of range", "ERANGE")
    return portNumber


if __name__ == "__main__":
    print(parse_port("8080"))
