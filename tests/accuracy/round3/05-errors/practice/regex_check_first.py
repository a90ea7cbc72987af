"""Your explanation: Python prefers EAFP because checks and actions can get
out of sync, so trying the conversion is better."""
import re


class PortError(ValueError):
    pass


def parse_port(text):
    if not re.fullmatch(r"\s*\d+\s*", text):
        raise PortError(f"not a number: {text!r}")
    port = int(text)
    if not 1 <= port <= 65535:
        raise PortError(f"out of range: {port}")
    return port
