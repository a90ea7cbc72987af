"""Your explanation: Looking first means writing a second, weaker parser
(what about "+80", "\t22 ", "٣"?). Asking forgiveness lets int() be the single
judge, and the except clause is where I translate its ValueError into my
domain error."""


class BadPort(ValueError):
    pass


def parse_port(text):
    try:
        number = int(text)
    except ValueError as exc:
        raise BadPort(text) from exc
    if number < 1 or number > 65535:
        raise BadPort(text)
    return number
