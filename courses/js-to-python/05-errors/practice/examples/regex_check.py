"""I try to keep it EAFP in spirit, but a regex makes the rule explicit and
no edge cases are missed, because digits are all a port can hold."""
import re


class PortError(ValueError):
    """Not a usable port number."""


def parse_port(text):
    if re.fullmatch(r"\s*\d+\s*", text) is None:
        raise PortError(f"not a port number: {text!r}")
    port = int(text)
    if not 1 <= port <= 65535:
        raise PortError(f"port out of range: {port}")
    return port
