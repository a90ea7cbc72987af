"""Lesson 05 · Practice

Your explanation: converting first and catching the failure is EAFP. The check
and the use are the same step, so nothing can slip between them, and int()
decides what a valid number is instead of my own half-correct check.
"""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as err:
        raise ValueError(f"invalid port {text!r}") from err
    if not 1 <= port <= 65535:
        raise ValueError(f"port {port} not in 1..65535")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
