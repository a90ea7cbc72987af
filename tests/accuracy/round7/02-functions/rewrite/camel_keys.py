def make_user(user_name, *, user_role="member", tags=None):
    tags = [*(tags or []), user_role]
    return {"userName": user_name, "userRole": user_role, "tags": tags}
