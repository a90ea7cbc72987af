def format_greeting(user_name, unread_messages):
    if user_name is None:
        return "Hello, guest"
    parts = [f"Hello, {user_name}."]
    if unread_messages:
        parts.append(f"You have {len(unread_messages)} new messages.")
    else:
        parts.append("No new messages.")
    return " ".join(parts)
