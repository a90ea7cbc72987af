def format_greeting(user_name, unread_messages):
    # If nobody is signed in we greet a guest
    if user_name is None:
        greeting = "Hello, guest"
        return greeting

    # An empty list is falsy in Python, so no need for len() here
    if not unread_messages:
        greeting = f"Hello, {user_name}. No new messages."
        return greeting

    # Otherwise report how many messages there are
    number_of_messages = len(unread_messages)
    greeting = f"Hello, {user_name}. You have {number_of_messages} new messages."
    return greeting
