def format_greeting(user_name, unread_messages):
    if user_name is None:
        return "Hello, guest"
    if not unread_messages:
        return "Hello, {}. No new messages.".format(user_name)
    return "Hello, {}. You have {} new messages.".format(user_name, len(unread_messages))
