"""Your explanation: int() knows what a number is better than any check I'd
write, and trying it avoids duplicating its rules (EAFP)."""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as err:
        raise PortError(f"not a port: {text!r}") from err
