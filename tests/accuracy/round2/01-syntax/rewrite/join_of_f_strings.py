def format_greeting(user_name, unread_messages):
    if user_name is None:
        return "Hello, guest"
    greeting = f"Hello, {user_name}."
    if not unread_messages:
        tail = "No new messages."
    else:
        tail = f"You have {len(unread_messages)} new messages."
    return " ".join([greeting, tail])
