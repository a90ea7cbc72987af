def format_greeting(userName, unreadMessages):
    if userName is None:
        return "Hello, guest"
    if len(unreadMessages) == 0:
        return f"Hello, {userName}. No new messages."
    return f"Hello, {userName}. You have {len(unreadMessages)} new messages."


if __name__ == "__main__":
    print(format_greeting(None, []))
    print(format_greeting("Ada", []))
    print(format_greeting("Ada", ["Lunch?", "Build is green"]))
