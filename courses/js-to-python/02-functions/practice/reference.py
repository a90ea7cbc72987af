"""Lesson 02 · Practice: reference answer.

A Python closure does not keep the value a variable had when the closure was
made: it looks the variable up when it is called (late binding).  A lambda
written inside the loop would find the loop variable at its last value, and
every greeter would greet the last name.  make_greeter gives each greeter a
scope of its own, holding its own `name`.

In JavaScript, `for (const name of names)` creates a new binding on every
iteration, so each arrow function closes over a different `name` and the
loop needs no fix.
"""


def make_greeter(greeting, name):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    return {name: make_greeter(greeting, name) for name in names}


if __name__ == "__main__":
    greeters = make_greeters(["Ada", "Grace"])
    print(greeters["Ada"](), greeters["Grace"]())
