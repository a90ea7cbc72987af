def format_greeting(user_name, unread_messages):
    # In JS I checked for null and undefined; Python only has None.
    if user_name is None:
        # nobody signed in, so greet a guest
        return "Hello, guest"

    # an empty list is falsy in Python, so no need for .length === 0
    if not unread_messages:
        # tell the user there is nothing new
        return f"Hello, {user_name}. No new messages."

    # len() instead of .length
    total = len(unread_messages)
    # f-string instead of a template literal
    return f"Hello, {user_name}. You have {total} new messages."
