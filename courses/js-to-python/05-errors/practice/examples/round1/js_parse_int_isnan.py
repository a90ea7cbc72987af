"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Your explanation: same as in JS: parse, then check isNaN-style.
"""
import math


class PortError(Exception):
    pass


def parse_port(text):
    port = float(text) if text.strip().replace(".", "", 1).isdigit() else math.nan
    if math.isnan(port) or port != int(port):
        raise PortError("Invalid port: " + text)
    port = int(port)
    if port < 1 or port > 65535:
        raise PortError("Invalid port: " + text)
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
