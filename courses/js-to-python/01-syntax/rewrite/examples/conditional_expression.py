def format_greeting(user_name, unread_messages):
    """Greet the signed-in user, or a guest when nobody is signed in."""
    if user_name is None:
        return "Hello, guest"
    news = f"You have {len(unread_messages)} new messages." if unread_messages else "No new messages."
    return f"Hello, {user_name}. {news}"
