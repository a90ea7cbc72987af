# Python closures bind late: the inner function reads the variable when it
# runs. A loop has one `name` variable, so after the loop every closure
# would see the final name. JS's `const` in for...of gives each iteration a
# fresh binding, which is why the JS loop needs no helper.


def _greeter_for(greeting, name):
    def greeter():
        return f"{greeting}, {name}!"
    return greeter


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for name in names:
        greeters[name] = _greeter_for(greeting, name)
    return greeters
