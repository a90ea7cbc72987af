def format_greeting(user_name, unread_messages):
    if user_name is not None:
        if unread_messages:
            return f"Hello, {user_name}. You have {len(unread_messages)} new messages."
        return f"Hello, {user_name}. No new messages."
    return "Hello, guest"
