"""Lesson 02 · Rewrite

Rewrite this options-object function in Python.  Callers pass the options by
name, each call starts from a fresh list, and a list the caller passes in is
not changed:

    function makeUser(name, { role = "member", tags = [] } = {}) {
      tags.push(role);
      return { name, role, tags };
    }

Write `make_user` below; callers will write `make_user("ada", role="admin")`.
"""


def make_user(name, options={}):
    # Your Python here.
    pass


if __name__ == "__main__":
    print(make_user("ada"))
