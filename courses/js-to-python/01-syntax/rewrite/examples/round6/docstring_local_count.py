def format_greeting(user_name, unread_messages):
    """Greet the user and say how many unread messages they have."""
    if user_name is None:
        return "Hello, guest"
    if not unread_messages:
        return f"Hello, {user_name}. No new messages."
    count = len(unread_messages)
    return f"Hello, {user_name}. You have {count} new messages."
