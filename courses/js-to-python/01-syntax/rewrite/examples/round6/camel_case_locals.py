def format_greeting(user_name, unread_messages):
    if user_name is None:
        return "Hello, guest"
    messageCount = len(unread_messages)
    if not unread_messages:
        userGreeting = f"Hello, {user_name}. No new messages."
    else:
        userGreeting = f"Hello, {user_name}. You have {messageCount} new messages."
    return userGreeting
