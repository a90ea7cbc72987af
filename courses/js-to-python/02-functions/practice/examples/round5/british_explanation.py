def make_greeters(names, *, greeting="Hello"):
    """Return a dict of zero-argument greeters.

    Explanation: Python closures capture variables, not values, and the
    lookup happens when the function is finally called. The loop only has a
    single `name` variable, which by then holds the final name, so without a
    factory every greeter would say "Hello, Grace!". In JavaScript a `const`
    declared in the loop head is a fresh binding per iteration, so that
    behaviour never arises there; I recognise the JS pattern doesn't carry
    over.
    """

    def build(person):
        def greeter():
            return f"{greeting}, {person}!"
        return greeter

    return {person: build(person) for person in names}
