# Behavioural checks for lesson 08, Practice: a settings module with
# load_settings(path) and main().  The answer is loaded twice: once as a
# module (as `import settings` would), where nothing may print or open a
# file, and once as `__main__` (as `python settings.py settings.json`
# would), where main() must print the merged settings.  print and open are
# swapped for recording versions while the answer runs.  "Explains that a
# module body runs once and is cached in `sys.modules`" is judged on the
# docstring and comments by the free-text rules, not here.
# See docs/harness.md for the harness API.
import builtins
import json
import sys
import traceback

WORK = "work-in-functions"
GUARD = "main-under-guard"

FILE = "settings.json"
OTHER = "other.json"
FILE_VALUES = {"port": 9000}
OTHER_VALUES = {"debug": True}
EXPECTED = {"debug": False, "port": 9000}
EXPECTED_OTHER = {"debug": True, "port": 8000}
SHAPE = 'with open(path, encoding="utf-8") as f: return {**DEFAULTS, **json.load(f)}'
MAIN = 'def main(): print(load_settings(sys.argv[1])), then `if __name__ == "__main__": main()`'


# idiom: include ../watch.py


def check_import(h, watch):
    if watch.calls:
        what, line, _ = watch.calls[0]
        h.check(WORK, False, "importing the module already calls %s(); a test that only "
                "wants load_settings would run it too. Move it into a function: %s"
                % (what, MAIN), line)
    else:
        h.check(WORK, True, "importing the module only defines names")


def check_load_settings(h, module):
    fn, found = h.find_function(module, "load_settings", "loadSettings")
    if fn is None:
        h.check(WORK, False, "define `def load_settings(path):` at the top level: " + SHAPE)
        return
    line = h.line_of(fn)
    if found != "load_settings":
        h.check(WORK, False, "Python names functions in snake_case: `load_settings`, not `%s`"
                % found, line)
    first = h.call(fn, FILE)
    if first != EXPECTED:
        h.check(WORK, False, "load_settings(%r) returns %r; a file holding %r should give %r: %s"
                % (FILE, first, FILE_VALUES, EXPECTED, SHAPE), line)
        return
    second = h.call(fn, OTHER)
    if second != EXPECTED_OTHER:
        h.check(WORK, False, "a second call, load_settings(%r), returns %r instead of %r: "
                "the first call changed DEFAULTS, which the module built once and every "
                "caller shares. Build a new dict: {**DEFAULTS, **json.load(f)}"
                % (OTHER, second, EXPECTED_OTHER), line)
        return
    h.check(WORK, True, "load_settings(path) returns the defaults updated from the file", line)


def check_script(h, module):
    fn = module.__dict__.get("main")
    if not callable(fn):
        h.check(GUARD, False, "define the entry point: " + MAIN)
    namespace = {"__name__": "__main__", "__file__": h.answer_name}
    code = compile(h.source, h.answer_name, "exec")
    with Watch(h, ["settings.py", FILE]) as watch:
        try:
            exec(code, namespace)
        except SystemExit as exc:
            if exc.code not in (None, 0):
                h.check(GUARD, False, "run as a script, the file exits with %r" % (exc.code,))
                return
        except BaseException as exc:
            why = ("sys.argv[0] is the script, so the first argument is sys.argv[1]"
                   if isinstance(exc, IndexError) else MAIN)
            h.check(GUARD, False, "`python settings.py settings.json` raised %s: %s; %s"
                    % (type(exc).__name__, exc, why), answer_line(h, exc.__traceback__))
            return
    printed = [args for what, _, args in watch.calls if what == "print"]
    if any(len(args) == 1 and args[0] == EXPECTED for args in printed):
        h.check(GUARD, True, "`python settings.py settings.json` prints the merged settings")
    elif printed:
        h.check(GUARD, False, "`python settings.py settings.json` prints %s, not the merged "
                "settings %r" % (", ".join(map(repr, printed[:2])), EXPECTED))
    else:
        h.check(GUARD, False, "`python settings.py settings.json` prints nothing; " + MAIN)


def grade(h):
    for name, values in ((FILE, FILE_VALUES), (OTHER, OTHER_VALUES)):
        with open(name, "w", encoding="utf-8") as f:
            json.dump(values, f)
    with Watch(h, ["settings.py", FILE]) as watch:
        module = h.load()   # an answer that raises at import is the runner's error
    check_import(h, watch)
    check_load_settings(h, module)
    check_script(h, module)
