def format_greeting(user_name, unread_messages):
    userName = user_name;
    msgCount = len(unread_messages);
    if userName == None:
        return "Hello, guest";
    if msgCount == 0:
        return "Hello, " + userName + ". No new messages.";
    return "Hello, " + userName + ". You have " + str(msgCount) + " new messages.";
