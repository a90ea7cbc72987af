def make_user(name, *_, role="member", tags=None):
    user_tags = list(tags or [])
    user_tags.append(role)
    return {"name": name, "role": role, "tags": user_tags}
