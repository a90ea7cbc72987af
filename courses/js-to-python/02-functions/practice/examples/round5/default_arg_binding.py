def make_greeters(names, *, greeting="Hello"):
    """Your explanation: closures in Python resolve free variables at call
    time (late binding), so a plain inner def in the loop would greet the
    last name every time. A default argument is evaluated when the def runs,
    which freezes the current name. JavaScript doesn't need this because
    let/const in a for...of loop are scoped to each iteration."""
    greeters = {}
    for name in names:
        def greet(name=name):
            return f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters
