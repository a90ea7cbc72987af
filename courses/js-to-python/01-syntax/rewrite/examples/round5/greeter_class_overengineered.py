class Greeter:
    GUEST_GREETING = "Hello, guest"

    def __init__(self, user_name):
        self.user_name = user_name

    def is_guest(self):
        return self.user_name is None

    def greet(self, unread_messages):
        if self.is_guest():
            return self.GUEST_GREETING
        if not unread_messages:
            return f"Hello, {self.user_name}. No new messages."
        return f"Hello, {self.user_name}. You have {len(unread_messages)} new messages."


def format_greeting(user_name, unread_messages):
    return Greeter(user_name).greet(unread_messages)
