def format_greeting(userName, unreadMessages):
    if userName is None:
        return "Hello, guest"
    if not unreadMessages:
        return f"Hello, {userName}. No new messages."
    messageCount = len(unreadMessages)
    return f"Hello, {userName}. You have {messageCount} new messages."
