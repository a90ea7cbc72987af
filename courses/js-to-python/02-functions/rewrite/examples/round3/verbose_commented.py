# In JS this took an options object. In Python I use keyword-only
# arguments: everything after the * must be passed by name.
def make_user(name, *, role="member", tags=None):
    # A default of [] would be shared between calls, so use None.
    if tags is None:
        new_tags = []
    else:
        # copy so we don't change the caller's list
        new_tags = tags.copy()
    # add the role to the tags, like tags.push(role) in JS
    new_tags.append(role)
    # return a dict, like the JS object literal
    user = {"name": name, "role": role, "tags": new_tags}
    return user
