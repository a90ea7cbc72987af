# Behavioural checks for lesson 09, Rewrite: a command-line module whose
# `main()` a [project.scripts] entry names.  The harness does what the
# generated console script does: imports the module (with "greet Ada" in
# sys.argv; nothing may be printed and nothing may exit), then calls main()
# with no arguments, once with a name and once without, and looks at what was
# printed and returned.  The name is drawn at random for each check.  Runs
# in the judge: the probes import and call the answer in its own process and
# report what it returned as plain data; what it printed the judge reads
# itself (h.answer_output).  See docs/harness.md.
import builtins
import contextlib
import inspect
import io
import os
import sys

MAIN = "main-entry"
IMPORT = 'nothing-at-import'
ARGS = "argv-exit-status"
OWNS = [MAIN, IMPORT, ARGS]

GUARD = '`if __name__ == "__main__":` then `sys.exit(main())`'
PEOPLE = ["Grace", "Linus", "Guido", "Radia", "Ken", "Hedy", "Alan", "Barbara"]	# not the example's Ada


def load_quietly(a, argv):
    """importing the module"""
    sys.argv = list(argv)
    try:
        a.load_module()
    except a.AnswerError as err:
        if "sys.exit" not in err.message:
            raise		# the answer cannot run at all: status error
        a.module = sys.modules.get("answer")	# what ran before the exit, main included
        return {"exited": True, "line": err.line}
    return {"exited": False}


def required_params(a):
    """reading main's signature"""
    try:
        params = inspect.signature(a.module.__dict__["main"]).parameters.values()
    except (TypeError, ValueError):
        return []
    return [p.name for p in params
            if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD,
                                                    p.KEYWORD_ONLY)]


def fresh_main(a):
    """main of a fresh import of the answer, made with the sys.argv already
    set: each `greet ...` command is a new process that imports the module
    with its own command line (a default such as `argv=sys.argv[1:]` is read
    then); what that import prints is not main's output."""
    namespace = {"__name__": "answer", "__file__": a.answer_name,
                 "__builtins__": builtins.__dict__}	# the answer's, not the harness's copy
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            exec(compile(a.source, a.answer_name, "exec"), namespace)
        except SystemExit:
            pass
        except Exception as exc:
            raise a.AnswerError("importing it with that command line raised %s: %s"
                                % (type(exc).__name__, exc), a.answer_line(exc))
    return namespace.get("main")


def run_main(a, argv, pass_args, fresh=False, user=None):
    """calling main()"""
    sys.argv = list(argv)
    args = [list(argv[1:])] if pass_args else []
    if user is not None:	# a logged-in user, as a real shell has one
        for key in ("USER", "LOGNAME", "USERNAME"):
            os.environ[key] = user
    try:
        main = fresh_main(a) if fresh else a.module.__dict__["main"]
        seen = {"value": a.call(main, *args)}
        if sys.argv != list(argv):	# popped, deleted or replaced: shared state
            seen["argv_changed"] = True
        return seen
    except a.AnswerError as err:
        return {"error": err.message, "line": err.line}


def ran(h, argv, pass_args, fresh=False, user=None):
    """(returned, printed, error text or None, error line) of main() with
    ARGV (passed as main(argv[1:]) too when PASS_ARGS), in the module first
    imported or (FRESH) in a new import made with ARGV."""
    with h.hold_output():
        seen = h.probe(run_main, argv, pass_args, fresh, user)
    seen = seen if type(seen) is dict else {}
    printed = h.answer_output()[0]	# read by the judge, not reported by the probe
    error = seen.get("error")
    if "error" in seen:
        error = error if type(error) is str else "the answer failed"
    line = seen.get("line") if type(seen.get("line")) is int else None
    if error is None and seen.get("argv_changed") is True:
        error = ("main() changed sys.argv itself (a pop, a del or a new list), so a second "
                 "call, or any other code reading the command line, sees it changed; read "
                 "a copy instead: `args = sys.argv[1:] if argv is None else argv`")
    return seen.get("value"), printed, error, line


def grade(h):
    name = h.random_choice(PEOPLE)
    with h.hold_output():
        loaded = h.probe(load_quietly, ["greet", name])
    loaded = loaded if type(loaded) is dict else {"exited": True}
    printed = h.answer_output()[0]	# read by the judge, not reported by the probe
    if loaded.get("exited") is not False:
        line = loaded.get("line")
        h.check(IMPORT, False, "importing the module exits before the generated script can "
                "call main(); put the call under the guard: " + GUARD,
                line if type(line) is int else None)
    if loaded.get("exited") is not False:
        pass
    elif printed.strip():
        h.check(IMPORT, False, "importing the module already printed %r: the work runs on "
                "import. Keep it in main() and call it only under the guard: %s"
                % (printed.strip()[:60], GUARD))
    else:
        h.check(IMPORT, True, "importing the module prints nothing and does not exit")

    module = h.load()   # loaded by the probe already: the same module, not run again
    fn, found = h.find_function(module, "main")
    if fn is None:
        for criterion in (MAIN, ARGS):
            h.check(criterion, False, "define `def main(argv=None):`: `greet.cli:main` in "
                    "[project.scripts] names a function called main")
        return
    line = h.line_of(fn)
    required = h.probe(required_params)
    required = required if type(required) is list else []
    if required:
        h.check(MAIN, False, "main() requires `%s`, but the generated script calls main() "
                "with no arguments; write `def main(argv=None):` and fall back to "
                "`sys.argv[1:]`" % required[0], line)
        if len(required) > 1:
            h.check(ARGS, False, "main() requires %d arguments; it takes the command line, "
                    "`def main(argv=None):`" % len(required), line)
            return
    else:
        h.check(MAIN, True, "main() can be called with no arguments", line)
    # Arguments and exit status are judged apart from how main is called:
    # main(argv) that needs its argv gets sys.argv[1:].
    pass_args = bool(required)

    hello = "Hello, %s!" % name
    value, printed, err, err_line = ran(h, ["greet", name], pass_args)
    if err is not None:
        exited = "sys.exit" in err
        h.check(ARGS, False, ("main() calls sys.exit() itself; return the status "
                              "(`return 0`) and let the script exit with it"
                              if exited else "`greet %s` failed: %s" % (name, err)),
                err_line or line)
        return
    if hello not in printed:
        if "greet" in printed or "Hello, world!" in printed:
            hint = ("the first argument is sys.argv[1] (Node's process.argv[2]); "
                    "take `sys.argv[1:]`")
        else:
            hint = 'print f"Hello, {name}!" with the first argument'
        h.check(ARGS, False, "`greet %s` printed %r, not %r: %s"
                % (name, printed.strip()[:60], hello, hint), line)
    elif type(value) is not int or value != 0:
        h.check(ARGS, False, "main() returned %r; return the exit status `0` so the "
                "script can `sys.exit(main())` with it" % (value,), line)
    else:
        h.check(ARGS, True, "`greet %s` prints %s and main() returns 0" % (name, hello), line)
    check_first_of_two(h, name, pass_args, line)

    # With no name the greeting is "world", whoever is logged in (the JS
    # read no environment): the user's name is drawn, so a fallback shows.
    user = h.random_choice([p for p in PEOPLE if p != name])
    value, printed, err, err_line = ran(h, ["greet"], pass_args, fresh=True, user=user)
    if err is not None:
        h.check(ARGS, False, "`greet` with no name failed (%s): a missing argument is not "
                "undefined in Python; write `name = args[0] if args else \"world\"`"
                % err, err_line or line)
    elif "Hello, world!" not in printed:
        h.check(ARGS, False, "`greet` with no name printed %r, not 'Hello, world!'; "
                "write `name = args[0] if args else \"world\"`" % printed.strip()[:60], line)
    elif type(value) is not int or value != 0:
        h.check(ARGS, False, "`greet` with no name returned %r; the JavaScript returned 0 "
                "either way: print the greeting to the world and `return 0`" % (value,), line)
    else:
        h.check(ARGS, True, "`greet` alone prints Hello, world! and main() returns 0", line)


def check_first_of_two(h, name, pass_args, line):
    """`greet NAME OTHER` greets NAME: the JavaScript took argv[0], the
    first argument, whatever follows it (the second is drawn too).  Only
    greeting OTHER fails: joining every argument ("Hello, NAME OTHER!") or
    refusing a second one with a usage line are readings of the task that
    round 3's labels pass."""
    other = h.random_choice([p for p in PEOPLE if p != name])
    value, printed, err, err_line = ran(h, ["greet", name, other], pass_args)
    if err is None and ("Hello, %s!" % other) in printed:
        h.check(ARGS, False, "`greet %s %s` printed %r, not %r: the JavaScript greeted "
                "argv[0], the first argument; take `args[0]`"
                % (name, other, printed.strip()[:60], "Hello, %s!" % name), line)
