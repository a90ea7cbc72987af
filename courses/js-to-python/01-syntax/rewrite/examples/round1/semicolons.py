def format_greeting(user_name, unread_messages):
    if user_name == None or user_name == "undefined":
        return "Hello, guest";
    if len(unread_messages) == 0:
        return f"Hello, {user_name}. No new messages.";
    return f"Hello, {user_name}. You have {len(unread_messages)} new messages.";


if __name__ == "__main__":
    print(format_greeting(None, []))
    print(format_greeting("Ada", []))
    print(format_greeting("Ada", ["Lunch?", "Build is green"]))
