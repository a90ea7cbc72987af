"""Lesson 02 · Practice

Your explanation: a Python closure looks `name` up when it is called, not when
it is made, so greeters created in a loop would all see the loop's last name.
A factory function gives each greeter its own `name`. In JavaScript,
`for (const name of names)` creates a new binding per iteration, so each arrow
function already keeps its own name.
"""


def build_greeter(person_name, greeting_word):
    # this function exists so that each greeter gets its own copy of the name
    def say_hello():
        message = f"{greeting_word}, {person_name}!"
        return message
    return say_hello


def make_greeters(names, *, greeting="Hello"):
    greeters = {}
    for person in names:
        greeter_function = build_greeter(person, greeting)
        greeters[person] = greeter_function
    return greeters
