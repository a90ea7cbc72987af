"""Lesson 05 · Practice

Your explanation: I try int() because checking the string first means writing
my own parser; int() already rejects junk, so I just react to its ValueError.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        return None
    if 1 <= port <= 65535:
        return port
    return None


if __name__ == "__main__":
    print(parse_port("8080"))
