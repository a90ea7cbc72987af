def format_greeting(user_name, unread_messages):
    unread_messages = unread_messages or []
    if user_name is None:
        return "Hello, guest"
    message_count = len(unread_messages)
    if not unread_messages:
        return f"Hello, {user_name}. No new messages."
    return f"Hello, {user_name}. You have {message_count} new messages."
