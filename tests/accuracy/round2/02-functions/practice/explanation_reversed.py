"""Your explanation: Python copies the value of the loop variable into the
closure when the function is created, while JavaScript looks it up when the
function runs, so JS would print the last name every time unless you use
let. I used a factory anyway to be safe."""


def make_greeters(names, *, greeting="Hello"):
    def make_greeter(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet
    return {name: make_greeter(name) for name in names}
