# Behavioural checks for lesson 01, Rewrite: `def format_greeting(user_name,
# unread_messages)`.  The answer is called with a missing name (None), an
# empty list, a list of messages, and an empty-string name: the
# JavaScript only treats null/undefined as "no user", so "" is a real (if odd)
# name and must not be greeted as a guest.  Each returned string is compared
# with what the JavaScript returns; the name and the messages are drawn at
# random for each check, and one inbox always holds a single message (the
# JavaScript says "1 new messages": a pluralised message is not the same
# behaviour).  A call that raises fails the criterion whose code raised:
# the test's when the line is a test, the messages' otherwise; a function
# that prints its greetings and returns None fails the syntax criterion
# alone (what a Python function hands back), and its printed lines are
# judged as the greetings.  See docs/harness.md for the harness API.
import contextlib
import io

SYNTAX = "snake-case-syntax"
TESTS = "none-and-truthiness"
FSTRINGS = "f-strings"
OWNS = [SYNTAX, TESTS, FSTRINGS]	# the criteria this harness judges (the judge model)
TEST_WORDS = ("if", "elif", "while", "match", "case")

NAME = "format_greeting"
CAMEL = "formatGreeting"
GUEST = "Hello, guest"
PEOPLE = ["Grace", "Linus", "Guido", "Radia", "Ken", "Hedy", "Alan", "Barbara", "Edsger"]
NOTES = ["Lunch?", "Build is green", "Review please", "Standup moved", "Deploy done", "hi"]


def expected(user_name, messages):
    """What the JavaScript returns for these arguments."""
    if user_name is None:
        return GUEST
    if len(messages) == 0:
        return "Hello, %s. No new messages." % user_name
    return "Hello, %s. You have %d new messages." % (user_name, len(messages))


def shown(args, name="format_greeting"):
    return "%s(%s)" % (name, ", ".join(repr(a) for a in args))


def greet_once(a, found, args):
    """calling format_greeting"""
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            value = a.call(a.module.__dict__[found], *args)
    except a.AnswerError as err:
        return {"error": err.message, "line": err.line, "printed": out.getvalue()}
    if value is not None and type(value) is not str:
        value = "<%s %s>" % (type(value).__name__, repr(value)[:80])
    return {"value": value, "printed": out.getvalue()}


def outcome(h, found, args):
    """(returned, printed, (error text, line) or None) of one call, read
    from the probe's plain data."""
    seen = h.probe(greet_once, found, list(args))
    seen = seen if type(seen) is dict else {}
    printed = seen.get("printed") if type(seen.get("printed")) is str else ""
    value = seen.get("value") if type(seen.get("value")) is str else None
    if "error" in seen:
        text = seen["error"] if type(seen["error"]) is str else "the answer failed"
        line = seen.get("line") if type(seen.get("line")) is int else None
        return None, printed, ("%s (calling %s)" % (text, shown(args, found)), line)
    return value, printed, None


def is_test_line(h, line):
    """True when LINE of the answer holds a test (an if, elif, while, match
    or case line, or a conditional expression): a crash there is the None
    or emptiness test's fault; a crash elsewhere is the message's."""
    lines = h.source.splitlines()
    if line is None or not 0 < line <= len(lines):
        return True
    text = lines[line - 1].strip()
    return text.split(" ", 1)[0].rstrip(":") in TEST_WORDS or (" if " in text and " else " in text)


def grade(h):
    # An answer that raises (a JavaScript `.length`, say) is reported by the
    # runner as an error with its line: h.AnswerError is left to propagate.
    module = h.load()
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        message = "define `def %s(user_name, unread_messages):`" % NAME
        for criterion in (SYNTAX, TESTS, FSTRINGS):
            h.check(criterion, False, message)
        return
    line = h.line_of(fn)
    if found == CAMEL:
        h.check(SYNTAX, False, "Python names functions in snake_case (PEP 8): `%s`, not `%s`"
                % (NAME, CAMEL), line)
    else:
        h.check(SYNTAX, True, "defines `%s`" % NAME, line)

    # The name and the messages are drawn at random (never the example's Ada
    # and two messages), so a greeting with either written out fails.
    user = h.random_choice(PEOPLE)
    inbox = [h.random_choice(NOTES) for _ in range(h.random_int(3, 7))]
    other = [h.random_choice(NOTES) for _ in range(h.random_int(3, 7))]
    single = h.random_choice([p for p in PEOPLE if p != user])
    calls = ((None, []), (None, ["hi"]), (user, []), (user, inbox),
             (single, [h.random_choice(NOTES)]), ("", other))
    results, crashes, raised = {}, {}, set()
    for args in calls:
        value, printed, error = outcome(h, found, args)
        results[args[0], len(args[1])] = (args, value, printed)
        if error is not None:
            raised.add((args[0], len(args[1])))
            crashes.setdefault(TESTS if is_test_line(h, error[1]) else FSTRINGS, error)
    if not crashes and all(r[1] is None for r in results.values()) and any(
            r[2].strip() for r in results.values()):
        h.check(SYNTAX, False, "%s printed its greeting and returned None: a Python function "
                "hands its result back with `return`, as the JavaScript did, so `return f\"...\"` "
                "instead of `print(...)`" % NAME, line)
        for key, (args, _, printed) in list(results.items()):
            lines = printed.strip().splitlines()
            results[key] = (args, lines[-1] if lines else None, printed)
    for criterion, (text, at) in crashes.items():
        h.check(criterion, False, text, at)
    results = {k: (r[0], r[1]) for k, r in results.items() if k not in raised}
    h.note("results", [[shown(a), r] for a, r in results.values()])
    judge_tests(h, results, user, other, line, TESTS in crashes)
    judge_messages(h, results, line, FSTRINGS in crashes or TESTS in crashes)


def judge_tests(h, results, user, other, line, crashed):
    """None gives the guest greeting, "" is a name, an empty list gives "No
    new messages."  Calls that raised were charged by their line."""
    tests_ok = not crashed
    for key in ((None, 0), (None, 1)):
        if key not in results:
            continue
        args, result = results[key]
        if result != GUEST:
            tests_ok = False
            h.check(TESTS, False, "%s returned %r; a missing name is None in Python: "
                    "`if user_name is None: return \"Hello, guest\"`" % (shown(args), result), line)
            break
    # "" is a name, not a missing one: truthiness would greet it as a guest.
    args, result = results.get(("", len(other)), (None, None))
    if args is not None and result == GUEST:
        tests_ok = False
        h.check(TESTS, False, "%s greeted an empty-string name as a guest: `not user_name` is "
                "true for \"\" too, but the JavaScript only checks null/undefined. Write "
                "`if user_name is None:`" % shown(args), line)
    # An empty list -> "No new messages."
    args, result = results.get((user, 0), (None, None))
    if args is not None and isinstance(result, str) and "You have 0" in result:
        tests_ok = False
        h.check(TESTS, False, "%s returned %r: the empty list was not noticed. An empty list is "
                "falsy, so write `if not unread_messages:`" % (shown(args), result), line)
    if tests_ok:
        h.check(TESTS, True, "None gives the guest greeting and an empty list \"No new messages.\"",
                line)


def judge_messages(h, results, line, crashed):
    """The exact messages of the calls with a name that did not raise."""
    named = [(a, r) for a, r in results.values() if a[0] is not None]
    wrong = [(a, r) for a, r in named
             if r != expected(*a) and r != GUEST and not (isinstance(r, str) and "You have 0" in r)]
    if wrong:
        args, result = wrong[0]
        # The f-string for the message that came out wrong, not another one.
        if len(args[1]) == 0:
            fix = 'f"Hello, {user_name}. No new messages."'
        else:
            fix = 'f"Hello, {user_name}. You have {len(unread_messages)} new messages."'
        h.check(FSTRINGS, False, "%s returned %r, the JavaScript gives %r; write the message as "
                "one f-string: `%s`" % (shown(args), result, expected(*args), fix), line)
    elif crashed and not any(r == expected(*a) for a, r in named):
        h.check(FSTRINGS, True, "no message came back to compare (the calls raised first); "
                "the f-strings are judged from the code", line)
    else:
        h.check(FSTRINGS, True, "the messages match the JavaScript's", line)
