"""Lesson 05 · Practice

Your explanation: checking if a string represents an int is best done by
trying int(), as explained on Stack Overflow; it is the Pythonic approach.
"""


# https://stackoverflow.com/questions/... "How do I check if a string represents an int"
def represents_int(s):
    try:
        int(s)
        return True
    except ValueError:
        return False


class PortError(Exception):
    pass


def parse_port(text):
    if not represents_int(text):
        raise PortError("Invalid port: " + str(text))
    port = int(text)
    if port < 1 or port > 65535:
        raise PortError("Invalid port: " + str(text))
    return port


if __name__ == "__main__":
    print(parse_port("8080"))
