class PortError(Exception):
    """Raised when text is not a valid TCP port."""


# EAFP: I just try int() and handle the ValueError.  int() already accepts
# whitespace and signs and rejects odd digits like "²"; a check written by
# hand would repeat those rules and miss some, and I would need the try anyway.
def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"{text!r} is not a number") from err
    if port < 1 or port > 65535:
        raise PortError(f"{port} is outside 1-65535")
    return port
