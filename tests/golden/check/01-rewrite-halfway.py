def formatGreeting(userName, unreadMessages):
    if userName == None or userName == undefined:
        return "Hello, guest"
    if len(unreadMessages) == 0:
        return "Hello, " + userName + ". No new messages."
    return "Hello, " + userName + ". You have " + str(len(unreadMessages)) + " new messages."
