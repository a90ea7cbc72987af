# https://stackoverflow.com/... "closures in a loop" - the fix is to create a
# new scope per value. Python closures are late binding (the value of `name`
# is looked up when greet() is called); JS let/const are block scoped per
# iteration so they don't need this.
def _create_greeter(greeting, name):
    def greet():
        return "%s, %s!" % (greeting, name)
    return greet


def make_greeters(names, *, greeting="Hello"):
    return dict((name, _create_greeter(greeting, name)) for name in names)
