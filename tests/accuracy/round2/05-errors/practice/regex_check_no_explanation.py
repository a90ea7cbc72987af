"""Lesson 05 · Practice

Your explanation: ...
"""
import re


class PortError(Exception):
    pass


def parse_port(text):
    if not re.fullmatch(r"\s*\d+\s*", text):
        raise PortError(f"invalid port: {text!r}")
    port = int(text)
    if port < 1 or port > 65535:
        raise PortError(f"invalid port: {text!r}")
    return port
