# Behavioural checks for lesson 10, Practice: `send_all(sender, messages)`.
# The sender given here is a plain class that does NOT inherit from the
# answer's Sender protocol: structural typing means it must still work, and
# an isinstance check against a Protocol or TypedDict raises TypeError (left
# to propagate: the runner reports it with its line).  Hints are judged by the
# static rules; the explanation by the free-text rules.  The messages are
# drawn at random for each check.  Runs in the judge: the probe calls the
# answer with the sender in its own process and reports plain data.  See
# docs/harness.md.
import copy

SENDS = "send-protocol"
OWNS = [SENDS]

NAME = "send_all"
CAMEL = "sendAll"
PEOPLE = ["ada", "grace", "linus", "guido", "radia", "ken", "hedy", "alan"]
BODIES = ["Build passed", "Disk almost full", "Review requested", "Deploy done",
          "Tests failed", "New comment", "Backup finished"]
LOOP = "for message in messages: sender.send(message)"


class Outbox:
    """Has a send method and nothing else: no Sender base class."""

    def __init__(self):
        self.sent = []

    def send(self, message):
        self.sent.append(message)


def send_through(a, found, messages):
    """calling send_all with a sender that does not inherit from Sender"""
    outbox = Outbox()
    mine = copy.deepcopy(messages)
    result = a.call(a.module.__dict__[found], outbox, mine)
    return {"sent": list(outbox.sent), "after": mine, "result": result}


def random_messages(h):
    """Messages drawn at random, never the three of the lesson's example,
    always both priorities among them, and each before the other somewhere
    (low, high, low or high, low, high first): an answer that sends only one
    kind, or sorts by priority, is wrong every time, not only on some draws."""
    count = h.random_choice([4, 5, 6])
    first = h.random_choice(["low", "high"])
    second = "high" if first == "low" else "low"
    order = [first, second, first]
    for _ in range(count - 3):
        order.insert(h.random_int(0, len(order)), h.random_choice(["low", "high"]))
    return [{"to": "%s@example.com" % h.random_choice(PEOPLE), "body": h.random_choice(BODIES),
             "priority": priority} for priority in order]


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

    MESSAGES = random_messages(h)
    seen = h.probe(send_through, found, MESSAGES)
    seen = seen if type(seen) is dict else {}
    sent = seen.get("sent") if type(seen.get("sent")) is list else []
    result = seen.get("result")
    h.note("sent", len(sent))
    if sent != MESSAGES or not all(type(m) is dict for m in sent):
        h.check(SENDS, False, "the sender received %d of %d messages%s; write `%s`"
                % (len(sent), len(MESSAGES),
                   "" if len(sent) != len(MESSAGES) else " (changed or out of order)",
                   LOOP), line)
    else:
        h.check(SENDS, True, "every message reached a sender that does not inherit from "
                "Sender, in order", line)
    if seen.get("after") != MESSAGES:
        h.check(SENDS, False, "send_all changed the caller's list; loop over it without "
                "popping or editing: `%s`" % LOOP, line)
    if type(result) is not int or result != len(MESSAGES):
        h.check(SENDS, False, "send_all returned %r for %d messages; return the count as an "
                "int: `return len(messages)`" % (result, len(MESSAGES)), line)
    else:
        h.check(SENDS, True, "returns the number of messages sent", line)
    try:
        empty = h.probe(send_through, found, [])
    except h.AnswerError as exc:
        # Raised here, after the checks above passed, it would be lost: the
        # runner fails only criteria not judged yet.  An empty outbox is a
        # case send_all must handle (a count kept by `i + 1` after the loop
        # leaves `i` unbound).
        h.check(SENDS, False, "with no messages send_all raised: %s; loop with `%s` and "
                "`return len(messages)`" % (exc, LOOP), exc.line or line)
        return
    empty = empty if type(empty) is dict else {}
    if type(empty.get("result")) is not int or empty.get("result") != 0 or empty.get("sent"):
        h.check(SENDS, False, "with no messages send_all returned %r; it should send nothing "
                "and return 0" % (empty.get("result"),), line)
