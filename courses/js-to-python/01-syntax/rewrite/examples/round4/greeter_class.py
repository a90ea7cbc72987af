class GreetingFormatter:
    """Builds the inbox greeting."""

    GUEST_GREETING = "Hello, guest"

    @staticmethod
    def _unread_part(unread_messages):
        if not unread_messages:
            return "No new messages."
        return f"You have {len(unread_messages)} new messages."

    def format(self, user_name, unread_messages):
        if user_name is None:
            return self.GUEST_GREETING
        return f"Hello, {user_name}. {self._unread_part(unread_messages)}"


def format_greeting(user_name, unread_messages):
    return GreetingFormatter().format(user_name, unread_messages)
