GUEST_GREETING = "Hello, guest"


def format_greeting(user_name, unread_messages):
    # nobody is signed in
    if user_name is None:
        return GUEST_GREETING

    # signed in, but the inbox is empty
    if not unread_messages:
        greeting = f"Hello, {user_name}. No new messages."
        return greeting

    number_of_messages = len(unread_messages)
    greeting = f"Hello, {user_name}. You have {number_of_messages} new messages."
    return greeting
