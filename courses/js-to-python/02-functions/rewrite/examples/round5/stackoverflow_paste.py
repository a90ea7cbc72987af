# see https://stackoverflow.com/questions/1132941 ("Least Astonishment" and the mutable default argument)
def make_user(name, *, role='member', tags=None):
    if tags is None:
        tags = []
    tags = tags.copy()  # don't mutate the caller's list
    tags.append(role)
    return {'name': name, 'role': role, 'tags': tags}
