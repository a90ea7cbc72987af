def _inbox_summary(unread_messages):
    if not unread_messages:
        return "No new messages."
    return f"You have {len(unread_messages)} new messages."


def format_greeting(user_name, unread_messages):
    if user_name is None:
        return "Hello, guest"
    return f"Hello, {user_name}. {_inbox_summary(unread_messages)}"
