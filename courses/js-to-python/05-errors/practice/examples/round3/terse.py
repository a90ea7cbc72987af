"""Your explanation: int() is the spec for "whole number"; re-checking the text duplicates it badly."""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise PortError(f"bad port {text!r}") from e
    if 1 <= port <= 65535:
        return port
    raise PortError(f"port {port} out of range")
