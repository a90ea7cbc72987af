"""Lesson 02 · Practice

Your explanation: closures in Python are late binding: the inner function
reads the loop variable when it runs, by which time the loop has finished.
Binding it as a default argument (evaluated when def runs) freezes the
current value. JS doesn't need this because let/const in a for loop get a
new binding per iteration.
"""


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        def greet(name=name):
            return f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters
