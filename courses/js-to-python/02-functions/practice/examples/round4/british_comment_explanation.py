def make_greeters(names, *, greeting="Hello"):
    # Python's closures exhibit late binding behaviour: the variable is
    # fetched whilst the function is running, not when it is defined, so a
    # closure made in the loop would greet the final name.  JavaScript's
    # `const` in for...of initialises a separate binding per iteration.
    def greeter_for(person):
        def greeter():
            return f"{greeting}, {person}!"
        return greeter

    return {person: greeter_for(person) for person in names}
