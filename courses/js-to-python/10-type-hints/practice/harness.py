# Behavioural checks for lesson 10, Practice: `send_all(sender, messages)`.
# The sender given here is a plain class that does NOT inherit from the
# answer's Sender protocol: structural typing means it must still work, and
# an isinstance check against a Protocol or TypedDict raises TypeError (left
# to propagate: the runner reports it with its line).  Hints are judged by the
# static rules; the explanation by the free-text rules.  See docs/harness.md.
import copy

SENDS = "send-protocol"

NAME = "send_all"
CAMEL = "sendAll"
MESSAGES = [
    {"to": "ada@example.com", "body": "Build passed", "priority": "low"},
    {"to": "grace@example.com", "body": "Disk almost full", "priority": "high"},
    {"to": "linus@example.com", "body": "Review requested", "priority": "low"},
]
LOOP = "for message in messages: sender.send(message)"


class Outbox:
    """Has a send method and nothing else: no Sender base class."""

    def __init__(self):
        self.sent = []

    def send(self, message):
        self.sent.append(message)


def grade(h):
    module = h.load()
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        h.check(SENDS, False, "define `def %s(sender: Sender, messages: list[Message]) -> int:`"
                % NAME)
        return
    line = h.line_of(fn)
    if found == CAMEL:
        h.check(SENDS, False, "Python names functions in snake_case: `%s`, not `%s`"
                % (NAME, CAMEL), line)

    outbox = Outbox()
    messages = copy.deepcopy(MESSAGES)
    result = h.call(fn, outbox, messages)
    h.note("sent", len(outbox.sent))
    if outbox.sent != MESSAGES:
        h.check(SENDS, False, "the sender received %d of %d messages%s; write `%s`"
                % (len(outbox.sent), len(MESSAGES),
                   "" if len(outbox.sent) != len(MESSAGES) else " (changed or out of order)",
                   LOOP), line)
    else:
        h.check(SENDS, True, "every message reached a sender that does not inherit from "
                "Sender, in order", line)
    if messages != MESSAGES:
        h.check(SENDS, False, "send_all changed the caller's list; loop over it without "
                "popping or editing: `%s`" % LOOP, line)
    if type(result) is not int or result != len(MESSAGES):
        h.check(SENDS, False, "send_all returned %r for %d messages; return the count as an "
                "int: `return len(messages)`" % (result, len(MESSAGES)), line)
    else:
        h.check(SENDS, True, "returns the number of messages sent", line)
    empty = Outbox()
    none_sent = h.call(fn, empty, [])
    if none_sent != 0 or empty.sent:
        h.check(SENDS, False, "with no messages send_all returned %r; it should send nothing "
                "and return 0" % (none_sent,), line)
