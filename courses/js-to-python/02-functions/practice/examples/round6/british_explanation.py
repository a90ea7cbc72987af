"""Lesson 02 · Practice

Your explanation: Python's closures are late-binding, which is to say they
fetch the value of a free variable at the moment they are called rather than
when they are defined; had I defined greet() directly in the loop, every
greeter would have used the final name. In JavaScript, a `let` or `const` in
a for-of loop is rebound on each iteration, so the problem never arises.
"""


def make_greeters(names, *, greeting="Hello"):
    def greeter_for(person):
        def greet():
            return f"{greeting}, {person}!"
        return greet

    greeters = {}
    for person in names:
        greeters[person] = greeter_for(person)
    return greeters
