def make_user(name, **kwargs):
    allowed = {"role", "tags"}
    unknown = set(kwargs) - allowed
    if unknown:
        raise TypeError(f"unexpected options: {sorted(unknown)}")
    role = kwargs.get("role", "member")
    tags = list(kwargs.get("tags") or [])
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}
