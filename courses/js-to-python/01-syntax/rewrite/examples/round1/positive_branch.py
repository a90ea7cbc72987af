def format_greeting(user_name, unread_messages):
    if user_name is None:
        return "Hello, guest"
    if unread_messages:
        return f"Hello, {user_name}. You have {len(unread_messages)} new messages."
    return f"Hello, {user_name}. No new messages."


if __name__ == "__main__":
    print(format_greeting(None, []))
    print(format_greeting("Ada", []))
    print(format_greeting("Ada", ["Lunch?", "Build is green"]))
