from typing import Optional


def format_greeting(user_name: Optional[str], unread_messages: list[str]) -> str:
    """Return the greeting shown at the top of the inbox.

    ``user_name`` is None when nobody is signed in.  An empty
    ``unread_messages`` list means there is nothing new to report.
    """
    if user_name is None:
        return "Hello, guest"
    if not unread_messages:
        return f"Hello, {user_name}. No new messages."
    message_count = len(unread_messages)
    return f"Hello, {user_name}. You have {message_count} new messages."
