def make_greeters(names, *, greeting="Hello"):
    """Python closures are late binding: they read the loop variable when
    they are called, by which time it holds the last name.  JS const loops
    bind per iteration."""
    def maker(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet
    return dict((name, maker(name)) for name in names)
