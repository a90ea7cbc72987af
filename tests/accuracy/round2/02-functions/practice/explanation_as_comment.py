def make_greeters(names, *, greeting="Hello"):
    def greeter_for(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    # In JS, `for (const name of names)` gives each callback its own `name`.
    # In Python the loop variable is one variable that the closure reads
    # later (late binding), so I go through greeter_for() to freeze it.
    return {name: greeter_for(name) for name in names}
