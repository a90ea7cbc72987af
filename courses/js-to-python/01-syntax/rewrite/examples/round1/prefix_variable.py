def format_greeting(user_name, unread_messages):
    if user_name is None:
        return "Hello, guest"
    hello = f"Hello, {user_name}."
    if not unread_messages:
        return f"{hello} No new messages."
    return f"{hello} You have {len(unread_messages)} new messages."


if __name__ == "__main__":
    print(format_greeting(None, []))
    print(format_greeting("Ada", []))
    print(format_greeting("Ada", ["Lunch?", "Build is green"]))
