"""Lesson 05 · Practice"""


class PortError(ValueError):
    pass


# Why try first: int() already handles " 443\n", signs and so on, and
# checking the string myself would mean re-implementing it (and getting it
# subtly wrong). Ask forgiveness, not permission.
def parse_port(text):
    try:
        n = int(text)
    except ValueError as e:
        raise PortError(text) from e
    if 1 <= n <= 65535:
        return n
    raise PortError(text)
