def format_greeting(user_name, unread_messages):
    if user_name is None:
        return "Hello, guest"
    tail = f"You have {len(unread_messages)} new messages." if unread_messages else "No new messages."
    return f"Hello, {user_name}. {tail}"
