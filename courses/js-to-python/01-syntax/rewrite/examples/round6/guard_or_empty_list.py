def format_greeting(user_name, unread_messages):
    if user_name is None:
        return "Hello, guest"
    messages = unread_messages or []
    if not messages:
        return f"Hello, {user_name}. No new messages."
    return f"Hello, {user_name}. You have {len(messages)} new messages."
