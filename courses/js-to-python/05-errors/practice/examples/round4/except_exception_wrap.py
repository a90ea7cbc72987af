"""Lesson 05 · Practice

Your explanation: rather than testing the string, I run int() and catch the
failure. int() knows the exact format rules, so the conversion is the check.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except Exception as err:
        raise PortError(f"invalid port {text!r}") from err
    if not 1 <= port <= 65535:
        raise PortError(f"invalid port {text!r}")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
