# Behavioural checks for lesson 04, Rewrite: `async def
# load_config_and_user(user_id)` awaiting load_config() and fetch_user(user_id).
# The helpers are replaced by recording stubs; the order of their start and
# end events says what ran when.  Sequential awaits are what we hope for, and
# a gather version still passes here: the static rules point out that
# concurrency was not needed.  The harness runs in the judge (OWNS): the
# answer runs in its own process and only plain data comes back, so values
# are compared here, on fresh copies, with a user id the answer cannot guess.
# See docs/harness.md for the harness API.
import dataclasses

ASYNC = "async-await"
NAMES = "pythonic-names"
SEQUENTIAL = "sequential-not-concurrent"
OWNS = [ASYNC, NAMES, SEQUENTIAL]

NAME = "load_config_and_user"
CAMEL = "loadConfigAndUser"
THEMES = ["light", "solarized", "high-contrast", "sepia"]
NAMES_POOL = ["Grace", "Linus", "Barbara", "Ken", "Radia", "Edsger"]


# Each helper call hands out a value drawn in the judge when it ends, so the
# answer's result tells which call it came from (rec.carried, rec.values),
# and none can be written out in advance.
def config_from(h):
    return {"theme": h.random_choice(THEMES), "retries": h.random_int(2, 9),
            "etag": "%08x" % h.random_int(0, 2 ** 32 - 1)}


def user_from(h, user_id):
    return {"id": user_id, "name": h.random_choice(NAMES_POOL),
            "etag": "%08x" % h.random_int(0, 2 ** 32 - 1)}

SHAPE = 'return {"config": config, "user": user}'


def field(value, key):
    """The value under KEY, for a dict or an object with attributes."""
    if isinstance(value, dict):
        return value.get(key, None)
    return getattr(value, key, None)


def check_shape(h, result, line):
    if type(result) is dict:
        keys = set(result)
        if {"config", "user"} <= keys:
            h.check(NAMES, True, "returns a dict with \"config\" and \"user\"", line)
        elif any(isinstance(k, str) and k != k.lower() for k in keys):
            h.check(NAMES, False, "the dict keys are not snake_case: Python code writes "
                    + SHAPE, line)
        else:
            h.check(NAMES, False, "the dict has keys %s; callers expect \"config\" and "
                    "\"user\": %s" % (sorted(map(str, keys)), SHAPE), line)
        return
    if isinstance(result, dict):	# a Counter, a defaultdict: not what callers expect
        h.check(NAMES, False, "returns a %s; return a plain dict: %s"
                % (type(result).__name__, SHAPE), line)
        return
    named = hasattr(result, "config") and hasattr(result, "user")	# a named tuple too
    if isinstance(result, (list, tuple)) and not named:
        h.check(NAMES, False, "returns a %s, so callers must remember the order; name the "
                "parts: %s (or a dataclass)" % (type(result).__name__, SHAPE), line)
        return
    if result is None:
        h.check(NAMES, False, "returns None; end with " + SHAPE, line)
        return
    if named:
        kind = ("dataclass" if dataclasses.is_dataclass(result)
                else "named tuple" if isinstance(result, tuple) else "object")
        h.check(NAMES, True, "returns a %s with .config and .user" % kind, line)
        return
    h.check(NAMES, False, "returns %s; %s" % (type(result).__name__, SHAPE), line)


def check_awaits(h, rec, fn_line, user_id):
    for helper, call in (("load_config", "config = await load_config()"),
                         ("fetch_user", "user = await fetch_user(user_id)")):
        if not rec.called(helper):
            h.check(ASYNC, False, "%s() is never called; write `%s`" % (helper, call), fn_line)
        elif not rec.awaited(helper):
            h.check(ASYNC, False, "%s() is called but never awaited, so it never runs; "
                    "write `%s`" % (helper, call), rec.call_line(helper) or fn_line)
        else:
            h.check(ASYNC, True, "awaits %s()" % helper, rec.call_line(helper))
    args = rec.call_args("fetch_user")
    if args and (args[0] != (user_id,) or type(args[0][0]) is not int):
        h.check(ASYNC, False, "fetch_user was called with %r; pass the id through: "
                "`await fetch_user(user_id)`" % (args[0],), rec.call_line("fetch_user"))


def grade(h):
    # An answer that raises or exits (here or in the call below) is reported
    # by the runner as an error with its line: h.load and h.call raise
    # h.AnswerError, and it is left to propagate.
    module = h.load()
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        message = "define `async def %s(user_id):`" % NAME
        for criterion in (ASYNC, NAMES, SEQUENTIAL):
            h.check(criterion, False, message)
        return
    line = h.line_of(fn)
    if found == CAMEL:
        h.check(NAMES, False, "Python names functions in snake_case: `%s`, not `%s`"
                % (NAME, CAMEL), line)
    if not fn.is_async:
        h.check(ASYNC, False, "`%s` is a plain def; it awaits helpers, so write "
                "`async def %s(user_id):`" % (found, NAME), line)

    rec = h.recorder()
    user_id = h.random_int(1000, 999999)	# a hard-coded id cannot match it
    module.load_config = rec.async_stub("load_config", lambda *a: config_from(h))
    module.fetch_user = rec.async_stub("fetch_user",
                                       lambda *a: user_from(h, a[0] if a else None))
    try:
        result = h.call(fn, user_id)
    finally:
        h.note("events", rec.order())
    check_awaits(h, rec, line, user_id)
    check_shape(h, result, line)
    # None is never taken for a value: once a helper ran, its value must be
    # there, equal (as plain data) to what one of its calls handed out.
    for helper, key in (("fetch_user", "user"), ("load_config", "config")):
        if rec.awaited(helper) and field(result, key) not in rec.values(helper):
            h.check(NAMES, False, "the \"%s\" value is not what %s() returned" % (key, helper), line)

    # Behaviourally, concurrency is assumed when a helper was started (as a
    # task) but left running when the function returned: the return is the
    # event that brings the value back, so it cannot come before the calls
    # whose values it carries.  A gather that
    # finished is fine here; the static rules say two awaits are enough.
    # A helper never called, or called and never awaited, is an async/await
    # problem (above), not a concurrency one.
    unfinished = [n for n in ("load_config", "fetch_user") if rec.running_at_return(n)]
    if not any(rec.started(n) for n in ("load_config", "fetch_user")):
        # Nothing ran, so nothing shows whether concurrency was assumed.
        h.check(SEQUENTIAL, False, "not judged: neither helper ran; await each in turn: "
                "`config = await load_config()` then `user = await fetch_user(user_id)`", line)
    elif unfinished:
        h.check(SEQUENTIAL, False, "%s() was started but still running when the function "
                "returned; await each call in turn: `config = await load_config()` then "
                "`user = await fetch_user(user_id)`" % unfinished[0],
                rec.call_line(unfinished[0]) or line)
    else:
        overlapped = rec.overlapped("load_config", "fetch_user")
        h.note("concurrent", overlapped)
        # Silent when they overlapped: the static rules name the gather or
        # task on its line, and a note here would read as praise for it.
        h.check(SEQUENTIAL, True, "" if overlapped else
                "both helpers finished, one after the other, before the function returned",
                line)
