"""Greeting helper, rewritten from the JavaScript version."""


def format_greeting(user_name, unread_messages):
    """Return the greeting line for the inbox header.

    user_name is None when nobody is signed in.
    """
    if user_name is None:
        return "Hello, guest"
    if not unread_messages:
        return f"Hello, {user_name}. No new messages."
    count = len(unread_messages)
    return f"Hello, {user_name}. You have {count} new messages."


if __name__ == "__main__":
    print(format_greeting(None, []))
    print(format_greeting("Ada", []))
    print(format_greeting("Ada", ["Lunch?", "Build is green"]))
