def format_greeting(user_name, unread_messages):
    if user_name is None:
        return "Hello, guest"
    prefix = f"Hello, {user_name}."
    suffix = (
        f"You have {len(unread_messages)} new messages."
        if unread_messages
        else "No new messages."
    )
    return f"{prefix} {suffix}"
