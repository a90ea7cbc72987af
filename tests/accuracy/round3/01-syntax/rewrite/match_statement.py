def format_greeting(user_name, unread_messages):
    match user_name, unread_messages:
        case None, _:
            return "Hello, guest"
        case name, []:
            return f"Hello, {name}. No new messages."
        case name, messages:
            return f"Hello, {name}. You have {len(messages)} new messages."
