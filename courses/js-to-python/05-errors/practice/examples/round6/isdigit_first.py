"""Lesson 05 · Practice

Your explanation: I check the text with isdigit first so int() can never
fail, which is safer than waiting for an exception.
"""


class InvalidPortError(Exception):
    pass


def parse_port(text):
    cleaned = text.strip()
    if not cleaned.isdigit():
        raise InvalidPortError(f"not a number: {text!r}")
    port = int(cleaned)
    if port < 1 or port > 65535:
        raise InvalidPortError(f"out of range: {port}")
    return port
