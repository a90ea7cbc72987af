"""Lesson 01 · Rewrite

Rewrite this greeting helper in Python, the way a Python developer would
write it: same behaviour, Python spelling.

    function formatGreeting(userName, unreadMessages) {
      if (userName === null || userName === undefined) {
        return "Hello, guest";
      }
      if (unreadMessages.length === 0) {
        return `Hello, ${userName}. No new messages.`;
      }
      return `Hello, ${userName}. You have ${unreadMessages.length} new messages.`;
    }

Write `format_greeting` below.  `user_name` may be None (nobody signed in);
`unread_messages` is a list, possibly empty.
"""


def format_greeting(user_name, unread_messages):
    # Your Python here.
    pass


if __name__ == "__main__":
    print(format_greeting(None, []))
    print(format_greeting("Ada", []))
    print(format_greeting("Ada", ["Lunch?", "Build is green"]))
