def formatGreeting(userName, unreadMessages):
    if userName is None:
        return "Hello, guest"
    if not unreadMessages:
        return f"Hello, {userName}. No new messages."
    return f"Hello, {userName}. You have {len(unreadMessages)} new messages."


format_greeting = formatGreeting
