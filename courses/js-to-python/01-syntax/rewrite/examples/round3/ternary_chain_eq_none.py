def format_greeting(user_name, unread_messages):
    isGuest = user_name == None
    if isGuest:
        return "Hello, guest"
    return (f"Hello, {user_name}. You have {len(unread_messages)} new messages."
            if len(unread_messages) > 0 else f"Hello, {user_name}. No new messages.")
