class InvalidPort(Exception):
    pass


def parse_port(text):
    text = text.strip()
    if not text.isdigit():
        raise InvalidPort(text)
    port = int(text)
    if port < 1 or port > 65535:
        raise InvalidPort(text)
    return port
