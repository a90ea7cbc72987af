"""Ports.

Your explanation: I just call int() and handle the ValueError.  Looking
before leaping would mean re-implementing int()'s parsing with isdigit(),
which is wrong for " 443\n" and "+80"; EAFP keeps the check and the action
the same operation.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
        if not 0 < port < 65536:
            raise PortError(f"{port} out of range")
    except ValueError as e:
        raise PortError(f"{text!r} is not a port") from e
    return port
