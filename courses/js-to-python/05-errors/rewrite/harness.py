# Behavioural checks for lesson 05, Rewrite: `def load_settings(path)`.
# The answer runs on real files in the check's scratch directory: a good
# settings file, a missing one, a directory (reading it raises
# IsADirectoryError, which must reach the caller), and broken JSON (which must
# come back as a new error whose __cause__ is the JSON error).  `open` is
# replaced in the answer's globals by a recording version, so the harness can
# tell whether every file it opened was closed by the time the call ended.
# The file names and the good file's settings are drawn at random for each
# check.  Runs in the judge: the probe runs the calls in the answer's process
# and reports plain data.  See docs/harness.md for the harness API.
import builtins
import io
import json
import os

CATCH = "specific-except"
CHAIN = "raise-from"
WITH = "with-and-names"
OWNS = [CATCH, CHAIN, WITH]

NAME = "load_settings"
CAMEL = "loadSettings"
DEFAULTS = {"theme": "light"}
THEMES = ["dark", "solarized", "contrast", "sepia", "nord"]
RAISE_FROM = 'raise ValueError(f"bad settings in {path}") from err'


# What the answer raised is read in the probe through the harness API's
# a.is_a and a.chained (BaseException's own descriptors and the exact type,
# docs/harness.md), never through attributes the answer's class may override.
def describe(a, exc):
    """What the answer raised, as plain data."""
    return {"type": type(exc).__name__, "message": str(exc)[:300],
            "line": a.answer_line(exc),
            "is_a_directory": a.is_a(exc, IsADirectoryError),
            "json_error": a.is_a(exc, json.JSONDecodeError),
            "cause_value_error": a.is_a(a.chained(exc, "__cause__"), ValueError),
            "suppress": a.chained(exc, "__suppress_context__") is True,
            "context": a.chained(exc, "__context__") is not None}


def load_one(a, found, path):
    """calling load_settings"""
    fn = a.module.__dict__[found]
    opened = a.kept.setdefault("opened", [])
    real_open = io.open

    def recording_open(*args, **kwargs):
        f = real_open(*args, **kwargs)
        opened.append(f)	# kept alive, so a file not closed stays open
        return f

    # Every way to open a file: the answer's own `open`, the builtin, io.open
    # and pathlib's Path.open (which calls io.open).
    a.module.open = builtins.open = io.open = recording_open
    try:
        try:
            entry = {"value": fn(path)}
        except Exception as exc:  # the harness judges what the answer raised
            entry = {"exc": describe(a, exc)}
        entry["left_open"] = sum(1 for f in opened if not f.closed)
    finally:
        builtins.open = io.open = real_open
    return entry


def close_left(a):
    """closing what the answer left open"""
    for f in a.kept.pop("opened", []):
        f.close()


def load_each(h, found, paths):
    """Each path loaded by its own probe.  The files left open are counted
    here in the judge, from the answer's descriptors as the kernel lists
    them (h.answer_fds), so an answer that rewrites the probe's report
    still shows its open files (docs/ATTACKS.md)."""
    seen = []
    for path in paths:
        before = h.answer_fds()
        entry = h.probe(load_one, found, path)
        after = h.answer_fds()
        entry = entry if type(entry) is dict else {}
        entry["fds_left"] = (len(set(after) - set(before))
                             if before is not None and after is not None else None)
        h.probe(close_left)
        seen.append(entry)
    return seen


class Raised:
    """What the answer raised, as the probe described it (plain data)."""

    def __init__(self, data):
        data = data if type(data) is dict else {}
        self.type = data.get("type") if type(data.get("type")) is str else "?"
        self.message = data.get("message") if type(data.get("message")) is str else ""
        self.line = data.get("line") if type(data.get("line")) is int else None
        for key in ("is_a_directory", "json_error", "cause_value_error", "suppress", "context"):
            setattr(self, key, data.get(key) is True)


def make_files(h):
    """The check's files, their names and contents drawn at random: (good
    path, its settings, broken path, missing path, directory)."""
    work = os.path.abspath("settings-check-%d" % h.random_int(1000, 999999))
    os.makedirs(work, exist_ok=True)
    tag = h.random_int(100, 9999)
    good = os.path.join(work, "good-%d.json" % tag)
    broken = os.path.join(work, "broken-%d.json" % tag)
    missing = os.path.join(work, "missing-%d.json" % tag)
    directory = os.path.join(work, "folder-%d" % tag)
    os.makedirs(directory, exist_ok=True)
    settings = {"theme": h.random_choice(THEMES), "font_size": h.random_int(9, 30)}
    with builtins.open(good, "w", encoding="utf-8") as f:
        json.dump(settings, f)
    with builtins.open(broken, "w", encoding="utf-8") as f:
        f.write('{"theme": "%s",' % settings["theme"])
    empty = os.path.join(work, "empty-%d.json" % tag)
    builtins.open(empty, "w", encoding="utf-8").close()
    return good, settings, broken, missing, directory, empty


def result_of(value):
    """VALUE, or the result slot of an error-first pair `(None, result)`
    (Node's callback shape): that habit is the raise-from criterion's (the
    broken file's pair, and the static rule on each `return None, ...`), so
    what was caught is judged on the result it carries."""
    if type(value) is tuple and len(value) == 2 and value[0] is None:
        return value[1]
    return value


def check_chain(h, run, path, case, line):
    """Fails CHAIN unless RUN raised a ValueError chained with `from` to the
    JSONDecodeError, naming PATH's file; True when it did."""
    value, exc = run
    if exc is None:
        h.check(CHAIN, False, "%s returned %r; it is not valid JSON, so let it fail with a "
                "clear error: `%s`" % (case, value, RAISE_FROM), line)
    elif exc.json_error:
        h.check(CHAIN, False, "%s came out as the bare JSONDecodeError, which does not say "
                "which file; wrap it: `%s`" % (case, RAISE_FROM), exc.line or line)
    elif not exc.cause_value_error:
        if exc.suppress:
            how = "with the JSON error hidden by `from None`"
        elif exc.context:
            how = "chained only implicitly (no `from`)"
        else:
            how = "not chained to the JSON error"
        h.check(CHAIN, False, "%s raised %s, %s; write `%s`"
                % (case, exc.type, how, RAISE_FROM), exc.line or line)
    elif os.path.basename(path) not in exc.message:
        h.check(CHAIN, False, "the error for %s should name the file; put the path in the "
                "message: `%s`" % (case, RAISE_FROM), exc.line or line)
    else:
        return True
    return False


def grade(h):
    module = h.load()
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        for criterion in (CATCH, CHAIN, WITH):
            h.check(criterion, False, "define `def %s(path):`" % NAME)
        return
    line = h.line_of(fn)
    if found == CAMEL:
        h.check(WITH, False, "Python names functions in snake_case: `%s`, not `%s`"
                % (NAME, CAMEL), line)
    good, GOOD, broken, missing, directory, empty = make_files(h)
    # An empty file is broken JSON too (`json.loads("")` raises, as
    # `JSON.parse("")` throws): an answer that returns the defaults for it
    # hides a damaged settings file.
    cases = [("good", good, "reading a good file"), ("missing", missing, "a missing file"),
             ("directory", directory, "reading a directory"), ("broken", broken, "broken JSON"),
             ("empty", empty, "an empty file")]
    seen = load_each(h, found, [path for _, path, _ in cases])
    seen = seen if type(seen) is list and len(seen) == len(cases) else [{}] * len(cases)
    runs = {}
    all_closed = True
    results = {}
    for (key, path, case), entry in zip(cases, seen):
        entry = entry if type(entry) is dict else {}
        exc = Raised(entry["exc"]) if "exc" in entry else None
        runs[key] = (entry.get("value"), exc)
        results[key] = repr(entry.get("value")) if exc is None else exc.type
        if entry.get("fds_left") is None:	# reported once
            if all_closed:
                h.check(WITH, False, "the check could not list the open files of your "
                        "program's process (it made itself unreadable), so it cannot tell "
                        "they were closed", line)
            all_closed = False
        elif entry.get("left_open") != 0 or entry.get("fds_left") != 0:
            all_closed = False
            h.check(WITH, False, "after %s the file was still open; read it inside "
                    "`with open(path, encoding=\"utf-8\") as settings_file:` so it is closed "
                    "on every path" % case, line)

    # A good file: its settings come back.
    value, exc = runs["good"]
    value = result_of(value)
    if exc is not None:
        raise h.AnswerError("%s: %s" % (exc.type, exc.message), exc.line,
                            "calling %s(%r) on a valid settings file" % (found, good))
    if type(value) is not dict or value != GOOD:
        h.check(CATCH, False, "a valid settings file gave %r; return what `json.loads(text)` "
                "gives" % (value,), line)

    # A missing file: the defaults.
    value, exc = runs["missing"]
    value = result_of(value)
    if exc is not None:
        h.check(CATCH, False, "a missing file raised %s; catch it and return the defaults: "
                "`except FileNotFoundError: return {\"theme\": \"light\"}`"
                % exc.type, exc.line or line)
    elif type(value) is not dict or value != DEFAULTS:
        h.check(CATCH, False, "a missing file gave %r; return the defaults "
                "`{\"theme\": \"light\"}`" % (value,), line)
    else:
        h.check(CATCH, True, "a missing file gives the defaults", line)

    # A directory: IsADirectoryError must reach the caller.
    value, exc = runs["directory"]
    if exc is None:
        h.check(CATCH, False, "reading a directory must raise IsADirectoryError, but the "
                "answer returned %r: catching more than `FileNotFoundError` hides errors "
                "the caller must see; write `except FileNotFoundError:`" % (value,), line)
    elif exc.is_a_directory:
        h.check(CATCH, True, "other errors (IsADirectoryError) reach the caller", line)
    else:
        h.check(CATCH, False, "reading a directory should let IsADirectoryError through, "
                "but the answer raised %s; catch only `FileNotFoundError`"
                % exc.type, exc.line or line)

    # Broken JSON (and an empty file): a new error, chained to the JSONDecodeError.
    if check_chain(h, runs["broken"], broken, "broken JSON", line):
        if check_chain(h, runs["empty"], empty, "an empty file", line):
            h.check(CHAIN, True, "broken JSON and an empty file raise %s from the "
                    "JSONDecodeError" % runs["broken"][1].type, line)

    if all_closed:
        h.check(WITH, True, "no file was left open", line)
    h.note("results", results)
