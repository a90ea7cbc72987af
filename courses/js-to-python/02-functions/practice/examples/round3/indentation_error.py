def make_greeters(names, *, greeting="Hello"):
    def factory(name):
        def greet():
            return f"{greeting}, {name}!"
      return greet
    return {name: factory(name) for name in names}
