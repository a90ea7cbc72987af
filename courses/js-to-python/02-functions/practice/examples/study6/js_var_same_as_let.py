"""Lesson 02 · Practice

A Python closure looks `name` up when it is called, so lambdas made in the
loop would all greet the last name; make_greeter gives each one its own.
In JavaScript there is never a problem with var or let, since each arrow
function gets its own copy of the loop variable.
"""


def make_greeter(greeting, name):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    return {name: make_greeter(greeting, name) for name in names}
