"""Ports.

Your explanation: EAFP.  Instead of validating the characters first (which
would need to mirror int()'s handling of spaces and signs) I let int() try
and convert its ValueError into my own, chained error.  There is no window
where the check and the conversion can disagree.
"""


class PortError(ValueError):
    pass


class PortParser:
    low = 1
    high = 65535

    @classmethod
    def parse(cls, text):
        try:
            port = int(text)
        except ValueError as err:
            raise PortError(f"not a number: {text!r}") from err
        if not cls.low <= port <= cls.high:
            raise PortError(f"out of range: {port}")
        return port


def parse_port(text):
    return PortParser.parse(text)
