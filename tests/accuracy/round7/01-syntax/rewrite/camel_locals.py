def format_greeting(user_name, unread_messages):
    userName = user_name
    unreadCount = len(unread_messages)
    if userName is None:
        return "Hello, guest"
    if not unread_messages:
        return f"Hello, {userName}. No new messages."
    return f"Hello, {userName}. You have {unreadCount} new messages."
