def format_greeting(user_name=None, unread_messages=None):
    """Greet the signed-in user, or a guest when user_name is None."""
    if user_name is None:
        return "Hello, guest"
    if not unread_messages:  # covers None and [] alike
        return f"Hello, {user_name}. No new messages."
    count = len(unread_messages)
    return f"Hello, {user_name}. You have {count} new messages."
