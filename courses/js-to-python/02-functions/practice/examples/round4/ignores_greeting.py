"""Python closures are late-binding: a function made in a loop looks up the
loop variable when called and sees its last value.  JavaScript's for...of
with const gives each iteration a fresh binding, so no factory is needed."""


def _make(name):
    def greet():
        return f"Hello, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    return {name: _make(name) for name in names}
