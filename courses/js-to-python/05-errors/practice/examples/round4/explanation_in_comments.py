"""Lesson 05 · Practice"""


class PortError(ValueError):
    pass


def parse_port(text):
    # Why try instead of checking first: int() already handles whitespace,
    # signs and underscores, so any check I wrote would either duplicate it
    # or disagree with it. Asking forgiveness (catching ValueError) means the
    # conversion itself is the validation, with no window between check and use.
    try:
        port = int(text)
    except ValueError as err:
        raise PortError(f"{text!r} is not a whole number") from err
    # Range still needs an explicit test: int() cannot know about ports.
    if not 1 <= port <= 65535:
        raise PortError(f"{port} is not between 1 and 65535")
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
