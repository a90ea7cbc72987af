def format_greeting(user_name, unread_messages):
    if user_name is None:
        return "Hello, guest"
    if not unread_messages:
        return "Hello, %s. No new messages." % user_name
    return "Hello, %s. You have %d new messages." % (user_name, len(unread_messages))
