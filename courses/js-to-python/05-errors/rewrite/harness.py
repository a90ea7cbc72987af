# Behavioural checks for lesson 05, Rewrite: `def load_settings(path)`.
# The answer runs on real files in the check's scratch directory: a good
# settings file, a missing one, a directory (reading it raises
# IsADirectoryError, which must reach the caller), and broken JSON (which must
# come back as a new error whose __cause__ is the JSON error).  `open` is
# replaced in the answer's globals by a recording version, so the harness can
# tell whether every file it opened was closed by the time the call ended.
# See docs/harness.md for the harness API.
import builtins
import json
import os
import traceback

CATCH = "specific-except"
CHAIN = "raise-from"
WITH = "with-and-names"

NAME = "load_settings"
CAMEL = "loadSettings"
DEFAULTS = {"theme": "light"}
GOOD = {"theme": "dark", "font_size": 14}
RAISE_FROM = 'raise ValueError(f"bad settings in {path}") from err'


def answer_line(h, exc):
    """The last line of the answer in EXC's traceback, or None."""
    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == h.answer_name:
            line = lineno
    return line


def run(fn, path):
    """(returned value, None) or (None, the exception raised)."""
    try:
        return fn(path), None
    except Exception as exc:  # the harness judges what the answer raised
        return None, exc


def check_closed(h, opened, case, line):
    still_open = [f for f in opened if not f.closed]
    for f in still_open:
        f.close()
    if still_open:
        h.check(WITH, False, "after %s the file was still open; read it inside "
                "`with open(path, encoding=\"utf-8\") as settings_file:` so it is closed "
                "on every path" % case, line)
        return False
    return True


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

    opened = []

    def recording_open(*args, **kwargs):
        f = builtins.open(*args, **kwargs)
        opened.append(f)
        return f

    module.open = recording_open

    work = os.path.abspath("settings-check")
    os.makedirs(work, exist_ok=True)
    good = os.path.join(work, "good.json")
    broken = os.path.join(work, "broken.json")
    missing = os.path.join(work, "missing.json")
    directory = os.path.join(work, "a-directory")
    os.makedirs(directory, exist_ok=True)
    with builtins.open(good, "w", encoding="utf-8") as f:
        json.dump(GOOD, f)
    with builtins.open(broken, "w", encoding="utf-8") as f:
        f.write('{"theme": "dark",')

    all_closed = True
    results = {}

    # A good file: its settings come back.
    value, exc = run(fn, good)
    all_closed &= check_closed(h, opened, "reading a good file", line)
    results["good"] = repr(value) if exc is None else type(exc).__name__
    if exc is not None:
        raise h.AnswerError("%s: %s" % (type(exc).__name__, exc), answer_line(h, exc),
                            "calling %s(%r) on a valid settings file" % (found, good))
    if value != GOOD:
        h.check(CATCH, False, "a valid settings file gave %r; return what `json.loads(text)` "
                "gives" % (value,), line)

    # A missing file: the defaults.
    value, exc = run(fn, missing)
    all_closed &= check_closed(h, opened, "a missing file", line)
    results["missing"] = repr(value) if exc is None else type(exc).__name__
    if exc is not None:
        h.check(CATCH, False, "a missing file raised %s; catch it and return the defaults: "
                "`except FileNotFoundError: return {\"theme\": \"light\"}`"
                % type(exc).__name__, answer_line(h, exc) or line)
    elif value != DEFAULTS:
        h.check(CATCH, False, "a missing file gave %r; return the defaults "
                "`{\"theme\": \"light\"}`" % (value,), line)
    else:
        h.check(CATCH, True, "a missing file gives the defaults", line)

    # A directory: IsADirectoryError must reach the caller.
    value, exc = run(fn, directory)
    all_closed &= check_closed(h, opened, "reading a directory", line)
    results["directory"] = repr(value) if exc is None else type(exc).__name__
    if exc is None:
        h.check(CATCH, False, "reading a directory must raise IsADirectoryError, but the "
                "answer returned %r: catching more than `FileNotFoundError` hides errors "
                "the caller must see; write `except FileNotFoundError:`" % (value,), line)
    elif isinstance(exc, IsADirectoryError):
        h.check(CATCH, True, "other errors (IsADirectoryError) reach the caller", line)
    else:
        h.check(CATCH, False, "reading a directory should let IsADirectoryError through, "
                "but the answer raised %s; catch only `FileNotFoundError`"
                % type(exc).__name__, answer_line(h, exc) or line)

    # Broken JSON: a new error, chained to the JSONDecodeError.
    value, exc = run(fn, broken)
    all_closed &= check_closed(h, opened, "broken JSON", line)
    results["broken"] = repr(value) if exc is None else type(exc).__name__
    if exc is None:
        h.check(CHAIN, False, "broken JSON returned %r; let it fail with a clear error: "
                "`%s`" % (value, RAISE_FROM), line)
    elif isinstance(exc, json.JSONDecodeError):
        h.check(CHAIN, False, "broken JSON came out as the bare JSONDecodeError, which does "
                "not say which file; wrap it: `%s`" % RAISE_FROM, answer_line(h, exc) or line)
    elif not isinstance(exc.__cause__, ValueError):
        if exc.__suppress_context__:
            how = "with the JSON error hidden by `from None`"
        elif exc.__context__ is not None:
            how = "chained only implicitly (no `from`)"
        else:
            how = "not chained to the JSON error"
        h.check(CHAIN, False, "broken JSON raised %s, %s; write `%s`"
                % (type(exc).__name__, how, RAISE_FROM), answer_line(h, exc) or line)
    elif broken not in str(exc) and os.path.basename(broken) not in str(exc):
        h.check(CHAIN, False, "the error for broken JSON should name the file; put the path "
                "in the message: `%s`" % RAISE_FROM, answer_line(h, exc) or line)
    else:
        h.check(CHAIN, True, "broken JSON raises %s from the JSONDecodeError"
                % type(exc).__name__, answer_line(h, exc) or line)

    if all_closed:
        h.check(WITH, True, "no file was left open", line)
    h.note("results", results)
