def format_greeting(user_name, unread_messages):
    if user_name is None:
        return "Hello, guest"
    head = f"Hello, {user_name}."
    if unread_messages:
        return f"{head} You have {len(unread_messages)} new messages."
    return f"{head} No new messages."
