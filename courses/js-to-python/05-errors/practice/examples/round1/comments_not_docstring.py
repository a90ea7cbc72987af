"""Lesson 05 · Practice: parse_port."""


class BadPort(ValueError):
    pass


def parse_port(text):
    # Why try instead of checking? Because the check and the conversion could
    # disagree: str.isdigit() says "²" is a digit but int("²") fails, and it
    # says " 443\n" is not, though int() takes it happily. Letting int() try
    # and catching its ValueError means the real parser decides, once.
    try:
        port = int(text)
    except ValueError as e:
        raise BadPort(f"bad port: {text!r}") from e
    if port < 1 or port > 65535:
        raise BadPort(f"bad port: {port}")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
