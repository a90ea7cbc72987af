"""Lesson 05 · Practice

Your explanation: I try int() instead of checking, because int() handles all
the formats and my check would miss some. It's EAFP.
"""


class PortError(Exception):
    pass


def parse_port(text):
    port = None
    try:
        port = int(text)
    except ValueError:
        pass
    if port is None or port < 1 or port > 65535:
        raise PortError(f"invalid port: {text!r}")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
