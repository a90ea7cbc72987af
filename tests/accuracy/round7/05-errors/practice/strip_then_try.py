"""Ports.

Your explanation: checking the text first means guessing what int() will
accept; calling it and catching ValueError lets the real parser decide, and
handles " 443\n" without special cases.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    stripped = text.strip()
    try:
        port = int(stripped)
    except ValueError as err:
        raise PortError(f"not a whole number: {text!r}") from err
    if port not in range(1, 65536):
        raise PortError(f"not a port: {port}")
    return port
