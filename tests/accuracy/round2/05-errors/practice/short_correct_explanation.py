# EAFP: int() already handles whitespace and signs; checking the string first
# (isdigit etc.) would reimplement that and still miss cases like " 443\n".


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        value = int(text)
    except ValueError as e:
        raise PortError(f"bad port {text!r}") from e
    if not (1 <= value <= 65535):
        raise PortError(f"bad port {value}")
    return value
