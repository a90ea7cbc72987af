def format_greeting(user_name, unread_messages):
    # no user singed in -> guest
    if user_name is None:
        return "Hello, guest"
    # empty list of mesages is falsy
    if not unread_messages:
        return f"Hello, {user_name}. No new messages."
    n_unread = len(unread_messages)
    return f"Hello, {user_name}. You have {n_unread} new messages."


if __name__ == "__main__":
    print(format_greeting(None, []))
    print(format_greeting("Ada", []))
    print(format_greeting("Ada", ["Lunch?", "Build is green"]))
