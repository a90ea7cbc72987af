def format_greeting(user_name, unread_messages):
    # Nobody signed in: behave as the JS did for null/undefined.
    if user_name is None:
        return "Hello, guest"
    # An empty list is falsy, so no need to check its length.
    if not unread_messages:
        return f"Hello, {user_name}. No new messages."
    # Otherwise summarise how many are waiting.
    return f"Hello, {user_name}. You have {len(unread_messages)} new messages."


if __name__ == "__main__":
    print(format_greeting(None, []))
    print(format_greeting("Ada", []))
    print(format_greeting("Ada", ["Lunch?", "Build is green"]))
