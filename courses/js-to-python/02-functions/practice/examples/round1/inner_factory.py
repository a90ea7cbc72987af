"""Lesson 02 · Practice

Your explanation: Python closures bind late -- the inner function reads the
variable when it runs. A loop variable is shared by every iteration, so all
greeters made directly in the loop would say "Hello, Grace!". JS's const in
for...of gives each iteration its own variable, so it doesn't have this bug.
"""


def make_greeters(names, *, greeting="Hello"):
    def greeter_for(name):
        def greet():
            return f"{greeting}, {name}!"
        return greet

    return {name: greeter_for(name) for name in names}


if __name__ == "__main__":
    print(make_greeters(["Ada", "Grace"]))
