def _unread_sentence(unread_messages):
    sentences = {
        False: "No new messages.",
        True: f"You have {len(unread_messages)} new messages.",
    }
    return sentences[bool(unread_messages)]


def format_greeting(user_name, unread_messages):
    if user_name is None:
        return "Hello, guest"
    return f"Hello, {user_name}. {_unread_sentence(unread_messages)}"
