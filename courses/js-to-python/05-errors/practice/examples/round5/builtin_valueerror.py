"""Lesson 05 · Practice

Your explanation: int() already validates, so I try it and catch
ValueError instead of writing my own digit check that could disagree with
int() on spaces or signs.
"""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise ValueError(f"invalid port: {text!r}") from err
    if not 1 <= port <= 65535:
        raise ValueError(f"port out of range: {port}")
    return port
