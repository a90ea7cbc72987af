"""Lesson 05 · Practice

Your explanation: I validate with a regular expression first because
it is safer to know the text is clean before converting it, and then
int() cannot fail.
"""
import re


class PortError(Exception):
    pass


PORT_RE = re.compile(r"\s*\d{1,5}\s*")


def parse_port(text):
    if not PORT_RE.fullmatch(text):
        raise PortError(f"bad port {text!r}")
    port = int(text)
    if not 1 <= port <= 65535:
        raise PortError(f"bad port {text!r}")
    return port
