def format_greeting(user_name, unread_messages):
    return (
        "Hello, guest"
        if user_name is None
        else f"Hello, {user_name}. You have {len(unread_messages)} new messages."
        if unread_messages
        else f"Hello, {user_name}. No new messages."
    )
