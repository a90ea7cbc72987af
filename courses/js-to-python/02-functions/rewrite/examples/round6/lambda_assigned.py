make_user = lambda name, *, role="member", tags=None: {
    "name": name,
    "role": role,
    "tags": [*(tags or []), role],
}
