"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: becuase int() is the thing that actualy knows what a number
is. If i test the text first i have to guess its rules (spaces, +/-, newlines)
and there is a gap where my check and int() dont agree. Trying and catching
the ValueError is simpler and only one place decides.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError("not a port: " + repr(text)) from err
    if port not in range(1, 65536):
        raise PortError("port out of range: " + str(port))
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
