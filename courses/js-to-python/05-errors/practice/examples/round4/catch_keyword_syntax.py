"""Lesson 05 · Practice

Your explanation: I try parsing and catch the failure, because int() knows what
a number is better than my own check would.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    catch ValueError as err:
        raise PortError(f"bad port {text}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"bad port {text}")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
