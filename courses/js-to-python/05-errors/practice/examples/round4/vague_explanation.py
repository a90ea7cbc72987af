"""Lesson 05 · Practice

Your explanation: try/except is the Pythonic way, it is better.
"""


class PortError(ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(text) from err
    if not 1 <= port <= 65535:
        raise PortError(text)
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
