# This function builds a greeting for the user.
# It was translated from my old JavaScript code.
def format_greeting(user_name, unread_messages):
    # If nobody is signed in, user_name is None.
    # In Python we check None with "is", not "==".
    if user_name is None:
        # greet a guest
        return "Hello, guest"

    # An empty list is falsy in Python, so "not" works here.
    if not unread_messages:
        return f"Hello, {user_name}. No new messages."

    # Count how many unread messages there are.
    message_count = len(unread_messages)
    # Build the final string with an f-string.
    return f"Hello, {user_name}. You have {message_count} new messages."
