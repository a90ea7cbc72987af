def make_greeters(names, *, greeting="Hello"):
    # In JavaScript each iteration of for...of has its own binding of name;
    # in Python the closure reads name when it is called.
    greeters = {}
    for name in names:
        def greet():
            return f"{greeting}, {name}!"
        greeters[name] = greet
    return greeters
