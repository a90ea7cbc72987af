"""Lesson 02 · Practice

Your explanation: I used an index so each greeter knows its position, the way a JS loop
would.
"""


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    index = 0
    for name in names:
        def greet():
            return f"{greeting}, {names[index]}!"
        greeters[name] = greet
        index += 1
    return greeters
