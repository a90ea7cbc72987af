"""Lesson 05 · Practice

Your explanation: the Port class tries int() in its constructor and catches
ValueError. I prefer that to checking the string because int() is the single
authority on number syntax; a separate check could let through text that
int() rejects, or reject text it accepts.
"""


class PortError(ValueError):
    pass


class Port:
    LOWEST = 1
    HIGHEST = 65535

    def __init__(self, text):
        try:
            self.value = int(text)
        except ValueError as err:
            raise PortError(f"{text!r} is not a whole number") from err
        if not self.LOWEST <= self.value <= self.HIGHEST:
            raise PortError(f"{self.value} is outside {self.LOWEST}-{self.HIGHEST}")

    def __int__(self):
        return self.value


def parse_port(text):
    return Port(text).value


if __name__ == "__main__":
    print(parse_port("8080"))
