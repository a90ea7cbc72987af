# JS version used an options object: makeUser(name, { role, tags })
# In Python the * means everything after it must be passed by name,
# e.g. make_user("ada", role="admin")


def make_user(name, *, role="member", tags=None):
    # tags=[] would be created ONCE when def runs and shared by every call,
    # so I use None and make a new list inside
    if tags is None:
        new_tags = []
    else:
        # copy it so we don't change the caller's list
        new_tags = tags[:]

    # same as tags.push(role) in JS
    new_tags.append(role)

    # return a dict instead of the JS object shorthand { name, role, tags }
    return {
        "name": name,
        "role": role,
        "tags": new_tags,
    }


if __name__ == "__main__":
    print(make_user("ada"))
    print(make_user("grace", role="admin", tags=["ops"]))
