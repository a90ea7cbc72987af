"""Lesson 05 · Practice

Your explanation: I have favoured attempting the conversion and catching the
ValueError. int() already recognises what counts as a whole number, so a
separate check of the characters would only duplicate that behaviour and could
disagree with it; it would also mean two steps where one suffices. Catching
the failure keeps the validation and the conversion in a single place.
"""


class PortNumberError(ValueError):
    """Text that cannot be a port from 1 to 65535."""


def parse_port(text):
    try:
        number = int(text)
    except ValueError as err:
        raise PortNumberError(f"{text!r} is not a whole number") from err
    if not 1 <= number <= 65535:
        raise PortNumberError(f"{number} lies outside 1-65535")
    return number


if __name__ == "__main__":
    print(parse_port("8080"))
