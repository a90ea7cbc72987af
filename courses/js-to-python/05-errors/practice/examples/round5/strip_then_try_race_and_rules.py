"""Lesson 05 · Practice

Your explanation:
  * Asking forgiveness is better when the check would have to duplicate
    the operation: int() already defines valid integer text.
  * It is also better when things can change between looking and acting
    (not really the case for a string, but it is for files).
  * Looking first only pays off when failure is common and expensive.
"""


class PortError(ValueError):
    """Text that is not a port 1-65535."""


def parse_port(text: str) -> int:
    stripped = text.strip()
    try:
        port = int(stripped)
    except ValueError as err:
        raise PortError(f"expected a whole number, got {text!r}") from err
    if 1 <= port <= 65535:
        return port
    raise PortError(f"expected 1-65535, got {port}")
