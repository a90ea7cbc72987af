"""Lesson 05 · Practice

Your explanation: i try int() frist and catch the ValueEror becuase int allready
knows all the rules (spaces, + sign, underscors). if i check the string myself
i have to copy those rules and i will probly get one wrong, so the converson
itself is the best check.
"""


class BadPort(ValueError):
    pass


def parse_port(text):
    try:
        n = int(text)
    except ValueError as e:
        raise BadPort(f"not a number: {text!r}") from e
    if n < 1 or n > 65535:
        raise BadPort(f"out of range: {n}")
    return n


if __name__ == "__main__":
    print(parse_port("8080"))
