def format_greeting(user_name, unread_messages):
    // nobody signed in
    if user_name is None:
        return "Hello, guest"
    if not unread_messages:
        return f"Hello, {user_name}. No new messages."
    return f"Hello, {user_name}. You have {len(unread_messages)} new messages."
