"""Lesson 05 · Practice

Your explanation: a regular expression states exactly which characters are
allowed, so it is clearer than relying on int() to complain.
"""
import re

PORT_RE = re.compile(r"\s*(\d{1,5})\s*")


class PortError(Exception):
    pass


def parse_port(text):
    match = PORT_RE.fullmatch(text)
    if match is None:
        raise PortError(f"invalid port: {text!r}")
    port = int(match.group(1))
    if not 1 <= port <= 65535:
        raise PortError(f"invalid port: {text!r}")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
