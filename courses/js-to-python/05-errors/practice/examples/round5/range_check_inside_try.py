"""Port parsing.

Your explanation: trying the conversion is simpler and safer than testing
the text: the text can be valid in ways my test forgets (whitespace, "+1"),
so the only reliable test is to run int() itself. Easier to ask forgiveness
than permission when the check would just re-implement the operation.
"""


class PortError(Exception):
    pass


def parse_port(text):
    try:
        value = int(text)
        if not 1 <= value <= 65535:
            raise PortError(f"{value} is not between 1 and 65535")
        return value
    except ValueError as err:
        raise PortError(f"{text!r} is not a number") from err
