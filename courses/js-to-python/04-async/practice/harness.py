# Behavioural checks for lesson 04, Practice: `async def
# load_user_and_posts(user_id)` fetching fetch_user(user_id) and
# fetch_posts(user_id) concurrently.  Concurrency is judged by the order of
# the stubs' start and end events (did one start before the other ended?),
# never by wall time.  "async-not-first"
# is judged on the docstring and comments by the free-text rules, not here.
# See docs/harness.md for the harness API.
import dataclasses
import inspect

GATHER = "gather"
READABLE = "readable-return"

NAME = "load_user_and_posts"
CAMEL = "loadUserAndPosts"
USER_ID = 7
USER = {"id": USER_ID, "name": "Grace"}
POSTS = [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]
SHAPE = 'return {"user": user, "posts": posts}'
GATHER_CALL = "user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))"


def check_shape(h, result, line):
    if isinstance(result, dict):
        if {"user", "posts"} <= set(result):
            h.check(READABLE, True, "returns a dict with \"user\" and \"posts\"", line)
        else:
            h.check(READABLE, False, "the dict has keys %s; name them after what they hold: %s"
                    % (sorted(map(str, result)), SHAPE), line)
    elif isinstance(result, (list, tuple)):
        h.check(READABLE, False, "returns gather's bare %s, so callers must remember which "
                "item is which; unpack it and name the parts: %s (or a dataclass)"
                % (type(result).__name__, SHAPE), line)
    elif result is None:
        h.check(READABLE, False, "returns None; end with " + SHAPE, line)
    elif hasattr(result, "user") and hasattr(result, "posts"):
        kind = "dataclass" if dataclasses.is_dataclass(result) else "object"
        h.check(READABLE, True, "returns a %s with .user and .posts" % kind, line)
    else:
        h.check(READABLE, False, "returns %s; %s" % (type(result).__name__, SHAPE), line)


def check_concurrency(h, rec, line):
    missing = [n for n in ("fetch_user", "fetch_posts") if not rec.awaited(n)]
    if missing:
        h.check(GATHER, False, "%s(user_id) never ran to completion; %s"
                % (missing[0], GATHER_CALL), rec.call_line(missing[0]) or line)
    elif rec.overlapped("fetch_user", "fetch_posts"):
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
    if not inspect.iscoroutinefunction(fn):
        h.check(GATHER, False, "`%s` is a plain def; asyncio.gather needs "
                "`async def %s(user_id):`" % (found, NAME), line)
    rec = h.recorder()
    module.fetch_user = rec.async_stub("fetch_user", lambda *a: USER)
    module.fetch_posts = rec.async_stub("fetch_posts", lambda *a: POSTS)
    try:
        result = h.call(fn, USER_ID)
    finally:
        h.note("events", rec.order())
    check_concurrency(h, rec, line)
    check_shape(h, result, line)
