# Behavioural checks for lesson 04, Practice: `async def
# load_user_and_posts(user_id)` fetching fetch_user(user_id) and
# fetch_posts(user_id) concurrently.  Concurrency is judged by the order of
# the stubs' start and end events (did one start before the other ended?),
# never by wall time.  "async-not-first"
# is judged on the docstring and comments by the free-text rules, not here.
# The harness runs in the judge (OWNS): only plain data comes back from the
# answer, compared here with what the stubs handed out, for a user id the
# answer cannot guess.  See docs/harness.md for the harness API.
import dataclasses

GATHER = "gather"
READABLE = "readable-return"
OWNS = [GATHER, READABLE]

NAME = "load_user_and_posts"
CAMEL = "loadUserAndPosts"


NAMES_POOL = ["Grace", "Linus", "Barbara", "Ken", "Radia", "Edsger"]
TITLES = ["Notes from the road", "On naming", "Small tools", "A week of tests", "Why queues"]


# Each helper call hands out a value drawn in the judge when it ends, so the
# answer's result tells which call it came from (rec.carried, rec.values):
# the concurrency judged is that of the calls whose values were returned.
def user_from(h, user_id):
    return {"id": user_id, "name": h.random_choice(NAMES_POOL),
            "etag": "%08x" % h.random_int(0, 2 ** 32 - 1)}


def posts_from(h, user_id):
    return [{"id": h.random_int(1, 10 ** 9), "title": h.random_choice(TITLES),
             "author": user_id} for _ in range(2)]

SHAPE = 'return {"user": user, "posts": posts}'
# What an awaitable nobody awaited crosses as (its class name only).
PENDING = ("Task", "Future", "coroutine")
GATHER_CALL = "user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))"


def field(value, key):
    """The value under KEY, for a dict or an object with attributes."""
    if isinstance(value, dict):
        return value.get(key, None)
    return getattr(value, key, None)


def check_values(h, rec, result, user_id, line):
    """Once the helpers ran, the returned values must be theirs (None is
    never taken for one), and each helper must get the id passed in."""
    for helper, key in (("fetch_user", "user"), ("fetch_posts", "posts")):
        args = rec.call_args(helper)
        if args and (args[0] != (user_id,) or type(args[0][0]) is not int):
            h.check(GATHER, False, "%s was called with %r; pass the id through: "
                    "`%s(user_id)`" % (helper, args[0], helper), rec.call_line(helper) or line)
        value = field(result, key)
        if type(value).__name__ in PENDING:
            h.check(GATHER, False, "the \"%s\" value is a %s nobody awaited, not what %s() "
                    "returns: a task started with create_task must be awaited before its "
                    "result is used; %s" % (key, type(value).__name__, helper, GATHER_CALL),
                    rec.call_line(helper) or line)
        if rec.awaited(helper) and value not in rec.values(helper):
            h.check(READABLE, False, "the \"%s\" value is not what %s() returned"
                    % (key, helper), line)


def check_shape(h, result, line):
    if isinstance(result, dict) and type(result) is not dict:
        h.check(READABLE, False, "returns a %s; return a plain dict: %s"
                % (type(result).__name__, SHAPE), line)
    elif isinstance(result, dict):
        if {"user", "posts"} <= set(result):
            h.check(READABLE, True, "returns a dict with \"user\" and \"posts\"", line)
        else:
            h.check(READABLE, False, "the dict has keys %s; name them after what they hold: %s"
                    % (sorted(map(str, result)), SHAPE), line)
    elif isinstance(result, (list, tuple)) and not (hasattr(result, "user")
                                                   and hasattr(result, "posts")):
        # A named tuple has names (the branch below); a bare one does not.
        # Name gather only when the answer used it (issue 13: advice about
        # code the learner never wrote reads as a wrong diagnosis).
        made_by = "gather's bare" if "gather" in h.source else "a bare"
        h.check(READABLE, False, "returns %s %s, so callers must remember which "
                "item is which; unpack it and name the parts: %s (or a dataclass)"
                % (made_by, type(result).__name__, SHAPE), line)
    elif result is None:
        h.check(READABLE, False, "returns None; end with " + SHAPE, line)
    elif hasattr(result, "user") and hasattr(result, "posts"):
        kind = ("dataclass" if dataclasses.is_dataclass(result)
                else "named tuple" if isinstance(result, tuple) else "object")
        h.check(READABLE, True, "returns a %s with .user and .posts" % kind, line)
    else:
        h.check(READABLE, False, "returns %s; %s" % (type(result).__name__, SHAPE), line)


def judged_call(rec, name, result):
    """The call of NAME whose value the answer returned; when the result
    holds none as Python data (a JSON string of it, say), the last call of
    NAME that ended: either way, one the judge handed a value to."""
    ended = [call for call in rec.calls(name) if call.ended]
    return rec.carried(name, result) or ended[-1]


def check_concurrency(h, rec, result, line):
    missing = [n for n in ("fetch_user", "fetch_posts") if not rec.awaited(n)]
    # The calls judged are those whose values the answer returned (each
    # value is drawn in the judge when its call ends): an event sent for
    # some other call says nothing about them.
    if missing:
        h.check(GATHER, False, "%s(user_id) never ran to completion; %s"
                % (missing[0], GATHER_CALL), rec.call_line(missing[0]) or line)
        return
    user, posts = judged_call(rec, "fetch_user", result), judged_call(rec, "fetch_posts", result)
    if rec.overlapped(user, posts):
        h.check(GATHER, True, "fetch_user and fetch_posts run concurrently",
                rec.call_line("fetch_user") or line)
    else:
        h.check(GATHER, False, "fetch_user and fetch_posts ran one after the other: the second "
                "started only after the first finished.  They do not depend on each other, "
                "so run them together: " + GATHER_CALL, rec.call_line("fetch_posts") or line)


def grade(h):
    # An answer that raises or exits is reported by the runner as an error
    # with its line: h.load and h.call raise h.AnswerError, left to propagate.
    module = h.load()
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        for criterion in (GATHER, READABLE):
            h.check(criterion, False, "define `async def %s(user_id):`" % NAME)
        return
    line = h.line_of(fn)
    if not fn.is_async:
        h.check(GATHER, False, "`%s` is a plain def; asyncio.gather needs "
                "`async def %s(user_id):`" % (found, NAME), line)
    rec = h.recorder()
    user_id = h.random_int(1000, 999999)	# a hard-coded id cannot match it
    module.fetch_user = rec.async_stub("fetch_user", lambda *a: user_from(h, a[0] if a else None))
    module.fetch_posts = rec.async_stub("fetch_posts",
                                        lambda *a: posts_from(h, a[0] if a else None))
    try:
        result = h.call(fn, user_id)
    finally:
        h.note("events", rec.order())
    check_concurrency(h, rec, result, line)
    check_shape(h, result, line)
    check_values(h, rec, result, user_id, line)
