"""I convert with parseInt and test for NaN, trying the conversion first
rather than checking the text, since a hand check would miss edge cases."""


class PortError(ValueError):
    """Not a usable port number."""


def parse_port(text):
    port = parseInt(text, 10)
    if isNaN(port) or port < 1 or port > 65535:
        raise PortError(f"not a port number: {text!r}")
    return port
