"""Lesson 05 · Practice

Your explanation: I validate the format with a regex first and then also try
the conversion, so nothing slips through.
"""
import re


class PortError(ValueError):
    pass


def parse_port(text):
    if not re.fullmatch(r"\s*\d+\s*", text):
        raise PortError(f"not a number: {text!r}")
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"not a number: {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"out of range: {port}")
    return port
