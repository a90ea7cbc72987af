def format_greeting(user_name, unread_messages):
    return (
        "Hello, guest"
        if user_name is None
        else f"Hello, {user_name}. No new messages."
        if not unread_messages
        else f"Hello, {user_name}. You have {len(unread_messages)} new messages."
    )


if __name__ == "__main__":
    print(format_greeting(None, []))
    print(format_greeting("Ada", []))
    print(format_greeting("Ada", ["Lunch?", "Build is green"]))
