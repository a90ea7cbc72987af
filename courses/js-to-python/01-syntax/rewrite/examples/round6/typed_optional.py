from typing import Optional


def format_greeting(user_name: Optional[str], unread_messages: list[str]) -> str:
    if user_name is None:
        return "Hello, guest"
    if not unread_messages:
        return f"Hello, {user_name}. No new messages."
    return f"Hello, {user_name}. You have {len(unread_messages)} new messages."
