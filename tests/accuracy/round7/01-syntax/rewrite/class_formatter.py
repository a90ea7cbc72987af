class GreetingFormatter:
    guest_greeting = "Hello, guest"

    def __init__(self, user_name):
        self.user_name = user_name

    def greet(self, unread_messages):
        if self.user_name is None:
            return self.guest_greeting
        if not unread_messages:
            return f"Hello, {self.user_name}. No new messages."
        return f"Hello, {self.user_name}. You have {len(unread_messages)} new messages."


def format_greeting(user_name, unread_messages):
    return GreetingFormatter(user_name).greet(unread_messages)
