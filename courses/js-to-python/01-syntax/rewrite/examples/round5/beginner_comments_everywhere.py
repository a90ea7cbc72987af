# Lesson 01 rewrite - my first go at Python!
# In JS I had to check null AND undefined, python only has None so one check is enough


def format_greeting(user_name, unread_messages):
    # nobody is signed in -> greet the guest
    # (PEP 8 says compare to None with "is", not "==")
    if user_name is None:
        return "Hello, guest"

    # an empty list is "falsy" in python so I don't need .length === 0
    if not unread_messages:
        # f-string instead of the backtick template literal
        return f"Hello, {user_name}. No new messages."

    # len() is how you get the length of a list in python
    message_count = len(unread_messages)
    return f"Hello, {user_name}. You have {message_count} new messages."


if __name__ == "__main__":
    # quick manual tests
    print(format_greeting(None, []))
    print(format_greeting("Ada", []))
    print(format_greeting("Ada", ["Lunch?", "Build is green"]))
