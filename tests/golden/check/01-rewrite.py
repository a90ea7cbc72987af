function formatGreeting(userName, unreadMessages) {
    if (userName === null || userName === undefined) {
        return "Hello, guest";
    }
    if (unreadMessages.length === 0) {
        return `Hello, ${userName}. No new messages.`;
    }
    return "Hello, " + userName + ". You have " + unreadMessages.length + " new messages.";
}
