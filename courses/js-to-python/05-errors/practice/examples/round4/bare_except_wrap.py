"""Lesson 05 · Practice

Your explanation: trying is easier than checking, int() tells us if it is
wrong, and we do not have to think of all the bad cases ourselves.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except:
        raise PortError("port must be a number")
    if port < 1 or port > 65535:
        raise PortError("port must be between 1 and 65535")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
