class PortError(ValueError):
pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as err:
        raise PortError(text) from err
