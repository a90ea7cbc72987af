def make_greeters(names, *, greeting="Hello"):
    # Explanation: in JS `for (const name of names)` gives every iteration
    # its own `name`, so the arrow functions capture different values.
    # Python closures are late-binding: they read `name` when called, and
    # the loop has only one `name`, so I need a factory to capture it.
    def makeGreeter(personName):
        def greetFn():
            return f"{greeting}, {personName}!"
        return greetFn

    result = {}
    for name in names:
        result[name] = makeGreeter(name)
    return result
