from dataclasses import dataclas


def make_user(name, *, role="member", tags=None):
    return {"name": name, "role": role, "tags": [*(tags or []), role]}
