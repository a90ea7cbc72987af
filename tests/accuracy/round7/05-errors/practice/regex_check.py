"""Ports.

Your explanation: a regular expression validates the text up front, which is
safer than try/except because exceptions are slow and should be avoided in
Python.
"""
import re


class PortError(Exception):
    pass


_PORT = re.compile(r"\s*\d+\s*")


def parse_port(text):
    if not _PORT.fullmatch(text):
        raise PortError(text)
    port = int(text)
    if port < 1 or port > 65535:
        raise PortError(text)
    return port
