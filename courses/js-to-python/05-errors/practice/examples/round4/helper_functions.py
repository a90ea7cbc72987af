"""Lesson 05 · Practice

Your explanation: asking forgiveness works better here because int() is the
definition of "a whole number" that the rest of the program will use. If I
checked the text first with my own rule, the rule and int() could disagree
(" 443\n", "+443", "4_43"), and I would still have to handle int() failing.
"""

PORT_RANGE = range(1, 65536)


class PortError(ValueError):
    """Text that is not a usable port."""


def _to_int(text):
    try:
        return int(text)
    except ValueError as err:
        raise PortError(f"{text!r} is not a whole number") from err


def _check_range(port):
    if port not in PORT_RANGE:
        raise PortError(f"{port} is not between 1 and 65535")
    return port


def parse_port(text):
    return _check_range(_to_int(text))


if __name__ == "__main__":
    print(parse_port("8080"))
