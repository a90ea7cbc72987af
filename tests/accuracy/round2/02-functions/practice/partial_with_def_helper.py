"""Your explanation: Python looks up free variables in a closure when the
function runs (late binding), so a plain closure in a loop would see only the
final name. partial stores the arguments immediately. JavaScript's
`for (const n of names)` makes a new `n` each time, so it needs no fix."""
from functools import partial


def _greet(greeting, name):
    return f"{greeting}, {name}!"


def make_greeters(names, *, greeting="Hello"):
    return {name: partial(_greet, greeting, name) for name in names}
