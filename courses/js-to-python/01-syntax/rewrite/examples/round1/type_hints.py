from typing import Optional


def format_greeting(user_name: Optional[str], unread_messages: list[str]) -> str:
    """Return the greeting shown at the top of the inbox."""
    if user_name is None:
        return "Hello, guest"
    if not unread_messages:
        return f"Hello, {user_name}. No new messages."
    return f"Hello, {user_name}. You have {len(unread_messages)} new messages."


if __name__ == "__main__":
    print(format_greeting(None, []))
    print(format_greeting("Ada", []))
    print(format_greeting("Ada", ["Lunch?", "Build is green"]))
