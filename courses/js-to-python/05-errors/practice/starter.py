"""Lesson 05 · Practice

Design `parse_port(text)`: turn text such as "8080" or " 443\n" into an int,
and raise an exception class of your own when the text is not a whole number
from 1 to 65535.

Then, in this docstring (replace the line below), explain why you try the
conversion instead of checking the text first.

Your explanation: ...
"""


def parse_port(text):
    # Your Python here.
    pass


if __name__ == "__main__":
    print(parse_port("8080"))
