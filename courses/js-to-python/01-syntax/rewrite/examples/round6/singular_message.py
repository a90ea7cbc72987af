def format_greeting(user_name, unread_messages):
    if user_name is None:
        return "Hello, guest"
    if not unread_messages:
        return f"Hello, {user_name}. No new messages."
    count = len(unread_messages)
    noun = "message" if count == 1 else "messages"
    return f"Hello, {user_name}. You have {count} new {noun}."
