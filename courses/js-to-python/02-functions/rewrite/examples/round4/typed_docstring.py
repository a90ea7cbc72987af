def make_user(
    name: str,
    *,
    role: str = "member",
    tags: list[str] | None = None,
) -> dict:
    """Build a user record.

    Options are keyword-only.  ``tags`` defaults to None rather than []
    because a default is built once and would be shared between calls;
    the caller's list is copied, never modified.
    """
    user_tags = list(tags) if tags is not None else []
    user_tags.append(role)
    return {"name": name, "role": role, "tags": user_tags}
