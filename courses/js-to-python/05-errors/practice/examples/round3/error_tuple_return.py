def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        return err, None
    if not 1 <= port <= 65535:
        return ValueError("out of range"), None
    return None, port
