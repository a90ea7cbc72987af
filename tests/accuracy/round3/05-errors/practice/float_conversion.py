"""Your explanation: trying the conversion lets Python do the parsing; a
pre-check on the text would duplicate and miss cases."""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        value = float(text)
    except ValueError as err:
        raise PortError(text) from err
    if not value.is_integer() or not 1 <= value <= 65535:
        raise PortError(text)
    return int(value)
