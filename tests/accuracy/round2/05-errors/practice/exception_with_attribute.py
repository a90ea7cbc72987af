class InvalidPort(ValueError):
    def __init__(self, text, reason):
        super().__init__(f"invalid port {text!r}: {reason}")
        self.text = text


def parse_port(text):
    """Turn text like "8080" or " 443\n" into an int port.

    Why try instead of check: int() is the authority on what an integer
    looks like. Pre-validating with isdigit() or a regex would duplicate its
    rules and reject " 443\n", which int() accepts, so I let int() decide
    and translate its ValueError into my own error.
    """
    try:
        port = int(text)
    except ValueError as err:
        raise InvalidPort(text, "not a whole number") from err
    if not 1 <= port <= 65535:
        raise InvalidPort(text, "must be between 1 and 65535")
    return port
