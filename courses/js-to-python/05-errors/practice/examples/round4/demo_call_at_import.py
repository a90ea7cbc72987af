"""Lesson 05 · Practice

Your explanation: I try int() and catch ValueError because int() is the real
test of "whole number"; a regex or isdigit() check beforehand would duplicate
its rules and still not remove the need for the except.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"{text!r} is not a whole number") from err
    if not 1 <= port <= 65535:
        raise PortError(f"{port} is out of range")
    return port


# quick manual tests
print(parse_port("8080"))
print(parse_port(" 443\n"))
print(parse_port("70000"))
