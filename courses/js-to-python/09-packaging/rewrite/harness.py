# Behavioural checks for lesson 09, Rewrite: a command-line module whose
# `main()` a [project.scripts] entry names.  The harness does what the
# generated console script does: imports the module (with "greet Ada" in
# sys.argv; nothing may be printed and nothing may exit), then calls main()
# with no arguments, once with a name and once without, and looks at what was
# printed and returned.  See docs/harness.md for the harness API.
import contextlib
import inspect
import io
import sys

MAIN = "main-entry"
IMPORT = 'nothing-at-import'
ARGS = "argv-exit-status"

GUARD = '`if __name__ == "__main__":` then `sys.exit(main())`'


def required_params(fn):
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return []
    return [p.name for p in params
            if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD,
                                                    p.KEYWORD_ONLY)]


def run_main(h, fn, argv):
    """Calls fn() with sys.argv set to ARGV: (returned, printed, error text)."""
    out = io.StringIO()
    sys.argv = list(argv)
    try:
        with contextlib.redirect_stdout(out):
            value = h.call(fn)
        return value, out.getvalue(), None
    except h.AnswerError as err:
        return None, out.getvalue(), err


def grade(h):
    out = io.StringIO()
    sys.argv = ["greet", "Ada"]
    try:
        with contextlib.redirect_stdout(out):
            module = h.load()
    except h.AnswerError as err:
        if "sys.exit" not in err.message:
            raise		# the answer cannot run at all: status error
        h.check(IMPORT, False, "importing the module exits before the generated script can "
                "call main(); put the call under the guard: " + GUARD, err.line)
        return
    printed = out.getvalue()
    if printed.strip():
        h.check(IMPORT, False, "importing the module already printed %r: the work runs on "
                "import. Keep it in main() and call it only under the guard: %s"
                % (printed.strip()[:60], GUARD))
    else:
        h.check(IMPORT, True, "importing the module prints nothing and does not exit")

    fn, found = h.find_function(module, "main")
    if fn is None:
        for criterion in (MAIN, ARGS):
            h.check(criterion, False, "define `def main(argv=None):`: `greet.cli:main` in "
                    "[project.scripts] names a function called main")
        return
    line = h.line_of(fn)
    required = required_params(fn)
    if required:
        h.check(MAIN, False, "main() requires `%s`, but the generated script calls main() "
                "with no arguments; write `def main(argv=None):` and fall back to "
                "`sys.argv[1:]`" % required[0], line)
        return
    h.check(MAIN, True, "main() can be called with no arguments", line)

    value, printed, err = run_main(h, fn, ["greet", "Ada"])
    if err is not None:
        exited = "sys.exit" in err.message
        h.check(ARGS, False, ("main() calls sys.exit() itself; return the status "
                              "(`return 0`) and let the script exit with it"
                              if exited else "`greet Ada` failed: %s" % err.message),
                err.line or line)
        return
    if "Hello, Ada!" not in printed:
        if "greet" in printed or "Hello, world!" in printed:
            hint = ("the first argument is sys.argv[1] (Node's process.argv[2]); "
                    "take `sys.argv[1:]`")
        else:
            hint = 'print f"Hello, {name}!" with the first argument'
        h.check(ARGS, False, "`greet Ada` printed %r, not 'Hello, Ada!': %s"
                % (printed.strip()[:60], hint), line)
    elif value != 0 or isinstance(value, bool):
        h.check(ARGS, False, "main() returned %r; return the exit status `0` so the "
                "script can `sys.exit(main())` with it" % (value,), line)
    else:
        h.check(ARGS, True, "`greet Ada` prints Hello, Ada! and main() returns 0", line)

    value, printed, err = run_main(h, fn, ["greet"])
    if err is not None:
        h.check(ARGS, False, "`greet` with no name failed (%s): a missing argument is not "
                "undefined in Python; write `name = args[0] if args else \"world\"`"
                % err.message, err.line or line)
    elif "Hello, world!" not in printed:
        h.check(ARGS, False, "`greet` with no name printed %r, not 'Hello, world!'; "
                "write `name = args[0] if args else \"world\"`" % printed.strip()[:60], line)
    else:
        h.check(ARGS, True, "`greet` alone prints Hello, world!", line)
