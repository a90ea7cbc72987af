"""Runs the answer as a script, as `python3 answer.py` would: its
`if __name__ == "__main__":` block runs, with no command-line arguments.
Built into idiom (not a lesson's harness): the web app's Run button and
`idiom lint`'s check that each starter's main block runs with the reference
answer use it.  It reports one check, "runs": whether the script ran to its
end (or exited on purpose, with sys.exit or SystemExit), and if not, what it
raised and at which of its lines."""
import builtins
import sys


def grade(h):
    code = compile(h.source, h.answer_name, "exec")
    scope = {"__name__": "__main__", "__file__": h.answer_name,
             "__builtins__": builtins}	# the real ones, not the harness's private copy
    sys.argv = [h.answer_name]
    try:
        exec(code, scope)
    except SystemExit as exc:
        status = exc.code
        if status is None or status == 0:
            h.check("runs", True, "it ran to sys.exit(0)")
        elif isinstance(status, int):
            h.check("runs", True, "it exited with status %d" % status)
        else:
            h.check("runs", True, "it exited: %s" % str(status)[:200])
        return
    except BaseException as exc:
        h.check("runs", False, h.describe_failure(exc), h.answer_line(exc))
        return
    h.check("runs", True, "it ran to its end")
