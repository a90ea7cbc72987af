"""Your explanation: Python closures don't capture the current value of a
variable: they keep a reference to the variable and read it when called.
After the loop, `name` is the last name, so all greeters would say that. In
JavaScript, `const` in for...of is block-scoped per iteration, so each arrow
function closes over a different binding. I create each greeter in its own
call so each has its own `name`."""


def build_greeter(name, *, greeting):
    def greeter():
        return f"{greeting}, {name}!"
    return greeter


def make_greeters(names, *, greeting="Hello"):
    result = {}
    for name in names:
        result[name] = build_greeter(name, greeting=greeting)
    return result
