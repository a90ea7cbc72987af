"""Lesson 05 · Practice

Your explanation: I check the text with isdigit() first so that int() can never
fail. It is better to validate input before using it, that way no exception is
ever thrown in the normal case.
"""


class InvalidPortError(Exception):
    pass


def parse_port(text):
    cleaned = text.strip()
    if not cleaned.isdigit():
        raise InvalidPortError(f"{text!r} is not a number")
    port = int(cleaned)
    if port < 1 or port > 65535:
        raise InvalidPortError(f"{port} is out of range")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
