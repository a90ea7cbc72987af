def make_greeters(names, *, greeting="Hello"):
    # I first wrote this with a lambda in the loop and every greeter said
    # "Hello, Grace!". That's because Python closures are "late binding":
    # the variable `name` is looked up when the function is CALLED, and by
    # then the loop is over. In JavaScript, `for (const name of names)`
    # creates a brand new `name` for each iteration, so the closure keeps
    # its own one and you never see this bug.
    result = {}
    for name in names:
        # the default value is evaluated now, so it captures this name
        def say_hello(who=name):
            return f"{greeting}, {who}!"
        result[name] = say_hello
    return result
