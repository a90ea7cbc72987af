def build(name, greeting):
    def greet():
        return f"{greeting}, {name}!"
    return greet


def make_greeters(names, *, greeting="Hello"):
    # Explanation: Python closures capture the value at the moment they are
    # created, exactly like JS, so a plain loop would also work; I used a
    # factory only because it reads better.
    return {name: build(name, greeting) for name in names}
