# Behavioural checks for lesson 08, Practice: a settings module with
# load_settings(path) and main().  The answer is loaded twice: once as a
# module (as `import settings` would), where nothing may print or open a
# file, and once as `__main__` (as `python settings.py settings.json`
# would), where main() must print the merged settings.  print and open are
# swapped for recording versions while the answer runs.  "Explains that a
# module body runs once and is cached in `sys.modules`" is judged on the
# docstring and comments by the free-text rules, not here.
# The files' names and values are drawn at random for each check.  Runs in
# the judge: the probes load and run the answer in its own process and report
# what it printed and opened as plain data; what reached stdout the judge
# reads itself and holds the record against (h.answer_output, written_out).
# See docs/harness.md.
import builtins
import json
import sys
import traceback

WORK = "work-in-functions"
GUARD = "main-under-guard"
OWNS = [WORK, GUARD]

DEFAULTS = {"debug": False, "port": 8000}
SHAPE = 'with open(path, encoding="utf-8") as f: return {**DEFAULTS, **json.load(f)}'
MAIN = 'def main(): print(load_settings(sys.argv[1])), then `if __name__ == "__main__": main()`'


# idiom: include ../watch.py


def make_files(h):
    """Two settings files, their names and values drawn at random: (file,
    its values, the merged settings, other file, its values, merged)."""
    tag = h.random_int(100, 99999)
    first, other = "settings-%d.json" % tag, "other-%d.json" % tag
    values, other_values = {"port": h.random_int(1025, 65000)}, {"debug": True}
    for name, data in ((first, values), (other, other_values)):
        with open(name, "w", encoding="utf-8") as f:
            json.dump(data, f)
    return (first, values, {**DEFAULTS, **values}, other, other_values,
            {**DEFAULTS, **other_values})


def check_import(h, calls, out):
    did = import_output(calls, out)
    if did:
        what, line = did
        h.check(WORK, False, "importing the module already %s; a test that only "
                "wants load_settings would run it too. Move it into a function: %s"
                % (what, MAIN), line if type(line) is int else None)
    else:
        h.check(WORK, True, "importing the module only defines names")
    mains = [c for c in calls if type(c) is list and c[:1] == ["main"]]
    if mains:
        line = mains[0][1]
        h.check(GUARD, False, "importing the module calls main(), so the guard does not "
                "guard it; call it only under `if __name__ == \"__main__\":`",
                line if type(line) is int else None)


def check_load_settings(h, module, files):
    first_file, values, expected, other_file, _, expected_other = files
    fn, found = h.find_function(module, "load_settings", "loadSettings")
    if fn is None:
        h.check(WORK, False, "define `def load_settings(path):` at the top level: " + SHAPE)
        return
    line = h.line_of(fn)
    if found != "load_settings":
        h.check(WORK, False, "Python names functions in snake_case: `load_settings`, not `%s`"
                % found, line)
    try:
        first = h.call(fn, first_file)
    except h.AnswerError as exc:	# load_settings's own fault, not the guard's
        h.check(WORK, False, "load_settings(%r) raised: %s; read the file it is given: %s"
                % (first_file, exc, SHAPE), exc.line or line)
        return None
    if type(first) is not dict or first != expected:
        h.check(WORK, False, "load_settings(%r) returns %r; a file holding %r should give %r: %s"
                % (first_file, first, values, expected, SHAPE), line)
        return first
    second = h.call(fn, other_file)
    if type(second) is not dict or second != expected_other:
        why = ("the first call changed DEFAULTS, which the module built once and every "
               "caller shares. Build a new dict: {**DEFAULTS, **json.load(f)}")
        if second == first:
            why = ("it returns what the first call read, whatever the path; each call must "
                   "read the file it is given")
        h.check(WORK, False, "a second call, load_settings(%r), returns %r instead of %r: %s"
                % (other_file, second, expected_other, why), line)
        return first
    h.check(WORK, True, "load_settings(path) returns the defaults updated from the file", line)
    return first


def check_script(h, files, answer_settings):
    # main() prints what load_settings returns; wrong settings are
    # load_settings's fault, judged above, not the guard's.
    first_file, _, expected = files[:3]
    with h.hold_output():
        seen = h.probe(run_as_script, ["settings.py", first_file])
    seen = seen if type(seen) is dict else {}
    out = h.answer_output()[0]
    command = "`python settings.py %s`" % first_file
    if seen.get("exit") not in (None, 0):
        h.check(GUARD, False, "run as a script, the file exits with %r" % (seen.get("exit"),))
        return
    raised = seen.get("raised")
    if type(raised) is dict:
        why = ("sys.argv[0] is the script, so the first argument is sys.argv[1]"
               if raised.get("index_error") is True else MAIN)
        line = raised.get("line")
        h.check(GUARD, False, "%s raised %s: %s; %s" % (command, raised.get("type"),
                raised.get("message"), why), line if type(line) is int else None)
        return
    calls = seen.get("calls") if type(seen.get("calls")) is list else []
    if not any(type(c) is list and c[:1] == ["main"] for c in calls):
        h.check(GUARD, False, "%s never calls main(); end the file with "
                "`if __name__ == \"__main__\":` and `main()` under it" % command)
        return
    wanted = [expected] + ([answer_settings] if type(answer_settings) is dict else [])
    printed = [c[2] for c in written_out(calls, out)]
    if any(type(args) is list and len(args) == 1 and type(args[0]) is dict
           and args[0] in wanted for args in printed):
        h.check(GUARD, True, "%s prints the merged settings" % command)
    elif printed:
        h.check(GUARD, False, "%s prints %s, not the merged settings %r"
                % (command, ", ".join(map(repr, printed[:2])), expected))
    else:
        h.check(GUARD, False, "%s prints nothing; %s" % (command, MAIN))


def grade(h):
    files = make_files(h)
    with h.hold_output():
        calls = h.probe(load_watched, ["settings.py", files[0]])
    check_import(h, calls if type(calls) is list else [], h.answer_output()[0])
    module = h.load()   # loaded by the probe already: the same module, not run again
    answer_settings = check_load_settings(h, module, files)
    if h.probe(has_main) is not True:
        h.check(GUARD, False, "define the entry point: " + MAIN)
        return
    check_script(h, files, answer_settings)


def has_main(a):
    """looking for main"""
    return callable(a.module.__dict__.get("main"))
