"""Lesson 05 · Practice

Your explanation: I try the convertion rather than analysing the text
first. int() alredy recognises whitespace and signs, so a hand-written
check would have to mirror it's behaviour and would inevitably disagree on
some edge case; letting int() decide and catching the ValueError is less
code and can't drift. That's the situation where asking forgivness beats
looking before you leap.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as exc:
        raise PortError(f"{text!r} is not a whole number") from exc
    if port < 1 or port > 65535:
        raise PortError(f"{port} is not a valid port")
    return port
