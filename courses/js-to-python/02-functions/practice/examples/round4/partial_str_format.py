import functools


def make_greeters(names, *, greeting="Hello"):
    """A closure written in the loop would be late-bound (it reads `name`
    when called, after the loop has moved on).  partial binds the arguments
    immediately.  In JS each const loop variable is a fresh binding."""
    return {
        name: functools.partial("{}, {}!".format, greeting, name)
        for name in names
    }
