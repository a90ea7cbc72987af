"""Lesson 02 · Practice

Your explanation: I first wrote the function inside the loop and every
greeter said "Hello, Grace!". That's because Python closures look up `name`
when they are called (late binding), and by then the loop has moved on to the
last name. The JavaScript loop doesn't have this problem because each
iteration of for (const ...) has its own variable.
"""


def build_one_greeter(greeting, name):
    # name here is a parameter, so it belongs to this call only
    def greeter():
        return f"{greeting}, {name}!"
    return greeter


def make_greeters(names, *, greeting="Hello"):
    result = {}
    for name in names:
        # call the factory so each greeter gets its own name
        result[name] = build_one_greeter(greeting, name)
    return result
