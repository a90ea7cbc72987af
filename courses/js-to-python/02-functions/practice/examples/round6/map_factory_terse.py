"""Lesson 02 · Practice

Your explanation: closures read variables late (when called), so functions
made in a loop share the loop variable's final value. Each call to greeter_for
has its own `name`. JS doesn't care because const is per-iteration.
"""


def make_greeters(names, *, greeting="Hello"):
    def greeter_for(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return dict(zip(names, map(greeter_for, names)))
