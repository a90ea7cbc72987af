# Behavioural checks for lesson 01, Rewrite: `def format_greeting(user_name,
# unread_messages)`.  The answer is called with a missing name (None), an
# empty list, a list of messages, and an empty-string name: the
# JavaScript only treats null/undefined as "no user", so "" is a real (if odd)
# name and must not be greeted as a guest.  Each returned string is compared
# with what the JavaScript returns; the name and the messages are drawn at
# random for each check.  See docs/harness.md for the harness API.
SYNTAX = "snake-case-syntax"
TESTS = "none-and-truthiness"
FSTRINGS = "f-strings"
OWNS = [SYNTAX, TESTS, FSTRINGS]	# the criteria this harness judges (the judge model)

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


def shown(args):
    return "format_greeting(%s)" % ", ".join(repr(a) for a in args)


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
    results = {}
    for args in ((None, []), (None, ["hi"]), (user, []), (user, inbox), ("", other)):
        results[args[0], len(args[1])] = (args, h.call(fn, *args))
    h.note("results", [[shown(a), r] for a, r in results.values()])

    # None -> the guest greeting.
    tests_ok = True
    for key in ((None, 0), (None, 1)):
        args, result = results[key]
        if result != GUEST:
            tests_ok = False
            h.check(TESTS, False, "%s returned %r; a missing name is None in Python: "
                    "`if user_name is None: return \"Hello, guest\"`" % (shown(args), result), line)
            break
    # "" is a name, not a missing one: truthiness would greet it as a guest.
    args, result = results["", len(other)]
    if result == GUEST:
        tests_ok = False
        h.check(TESTS, False, "%s greeted an empty-string name as a guest: `not user_name` is "
                "true for \"\" too, but the JavaScript only checks null/undefined. Write "
                "`if user_name is None:`" % shown(args), line)
    # An empty list -> "No new messages."
    args, result = results[user, 0]
    if isinstance(result, str) and "You have 0" in result:
        tests_ok = False
        h.check(TESTS, False, "%s returned %r: the empty list was not noticed. An empty list is "
                "falsy, so write `if not unread_messages:`" % (shown(args), result), line)
    if tests_ok:
        h.check(TESTS, True, "None gives the guest greeting and an empty list \"No new messages.\"",
                line)

    # The exact messages.
    wrong = [(a, r) for a, r in results.values()
             if a[0] is not None and r != expected(*a) and r != GUEST and not (isinstance(r, str) and "You have 0" in r)]
    if wrong:
        args, result = wrong[0]
        # The f-string for the message that came out wrong, not another one.
        if len(args[1]) == 0:
            fix = 'f"Hello, {user_name}. No new messages."'
        else:
            fix = 'f"Hello, {user_name}. You have {len(unread_messages)} new messages."'
        h.check(FSTRINGS, False, "%s returned %r, the JavaScript gives %r; write the message as "
                "one f-string: `%s`" % (shown(args), result, expected(*args), fix), line)
    else:
        h.check(FSTRINGS, True, "the messages match the JavaScript's", line)
