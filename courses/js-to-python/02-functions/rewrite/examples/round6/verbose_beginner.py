def make_user(name, *, role="member", tags=None):
    # A list default would be shared between calls, so start from None
    if tags is None:
        user_tags = []
    else:
        # copy so we don't change the list the caller gave us
        user_tags = tags.copy()
    user_tags.append(role)
    user = {"name": name, "role": role, "tags": user_tags}
    return user
