from typing import Optional, Sequence


def format_greeting(user_name: Optional[str], unread_messages: Sequence[str]) -> str:
    """Return the greeting shown on the inbox page.

    ``user_name`` is None when nobody is signed in.
    """
    if user_name is None:
        return "Hello, guest"
    if not unread_messages:
        return f"Hello, {user_name}. No new messages."
    return f"Hello, {user_name}. You have {len(unread_messages)} new messages."
