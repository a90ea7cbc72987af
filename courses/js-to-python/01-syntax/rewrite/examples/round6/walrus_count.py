def format_greeting(user_name, unread_messages):
    if user_name is None:
        return "Hello, guest"
    if count := len(unread_messages):
        return f"Hello, {user_name}. You have {count} new messages."
    return f"Hello, {user_name}. No new messages."
