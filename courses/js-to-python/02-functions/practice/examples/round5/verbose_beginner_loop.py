"""Lesson 02 practice

Your explanation:
I first wrote the inner function straight inside the for loop and all of my
greeters said "Hello, Grace!". The reason is that a Python closure does not
save the value of `name` when it is created. It remembers the variable, and
it reads it when the function is called later. After the loop finished,
`name` was "Grace", so every greeter used "Grace".

In JavaScript the same loop works because `for (const name of names)` makes
a brand new `name` for each pass of the loop, so each arrow function keeps
its own one. In Python I fixed it with a helper function (a "factory") that
gets the name as a parameter, so each greeter has its own name.
"""


def make_one_greeter(greeting, name):
    # this function runs once per name, so each greeter gets its own `name`
    def greeter():
        return f"{greeting}, {name}!"

    return greeter


def make_greeters(names, *, greeting="Hello"):
    greeters = {}  # name -> function
    for name in names:
        greeters[name] = make_one_greeter(greeting, name)
    return greeters


if __name__ == "__main__":
    all_greeters = make_greeters(["Ada", "Grace"])
    print(all_greeters["Ada"]())    # Hello, Ada!
    print(all_greeters["Grace"]())  # Hello, Grace!
