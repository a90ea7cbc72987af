"""Lesson 05 · Practice

Your explanation: in general Python prefers trying the operation, because
a check done first can go out of date or duplicate what the operation
already knows. Here I think a simple isdigit() is clearer though.
"""


class PortError(Exception):
    pass


def parse_port(text):
    cleaned = text.strip()
    if not cleaned.isdigit():
        raise PortError(f"not a number: {text!r}")
    port = int(cleaned)
    if port < 1 or port > 65535:
        raise PortError(f"out of range: {port}")
    return port
