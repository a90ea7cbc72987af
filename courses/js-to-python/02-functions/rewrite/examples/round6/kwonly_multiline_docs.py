def make_user(name, *, role="member", tags=None):
    """Return a new user record.

    role and tags are keyword-only, so make_user("ada", "admin") is an error
    and a misspelled option raises TypeError. tags defaults to None because a
    [] default would be built once and shared by every call.
    """
    return {"name": name, "role": role, "tags": [*(tags if tags is not None else []), role]}
