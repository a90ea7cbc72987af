"""Lesson 05 · Practice

Your explanation: it is easier to ask forgiveness than permission: int()
decides what a number is, so I let it try and handle the failure.
"""


class BadPort(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
        assert 1 <= port <= 65535
        return port
    except:
        raise BadPort(text)
