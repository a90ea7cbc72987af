from typing import List, Optional


def format_greeting(user_name: Optional[str], unread_messages: List[str]) -> str:
    """Return a greeting for user_name (None means a guest)."""
    if user_name is None:
        return "Hello, guest"
    if not unread_messages:
        return f"Hello, {user_name}. No new messages."
    return f"Hello, {user_name}. You have {len(unread_messages)} new messages."
