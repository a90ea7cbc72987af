"""Lesson 05 · Practice

Your explanation: I let int() try the conversion and catch ValueError (EAFP).
Writing my own check first would duplicate what int() already does, and it is
easy to get wrong (whitespace, "+80", "8_080"); the conversion is the real test.
"""


class InvalidPortError(ValueError):
    pass


MIN_PORT = 1
MAX_PORT = 65535


def parse_port(text):
    try:
        portNumber = int(text)
    except ValueError as originalError:
        raise InvalidPortError(f"'{text}' is not a whole number") from originalError
    isInRange = MIN_PORT <= portNumber <= MAX_PORT
    if not isInRange:
        raise InvalidPortError(f"{portNumber} is not between {MIN_PORT} and {MAX_PORT}")
    return portNumber


if __name__ == "__main__":
    print(parse_port("8080"))
