def greet(person, greeting="Hello"):
    return f"{greeting}, {person}!"


def make_greeters(names, *, greeting="Hello"):
    # Closures would bind late (the loop variable is read at call time), which
    # JS const avoids with a per-iteration binding; so no closure here.
    return {name: greet for name in names}
