# Recording helpers shared by lesson 08's harnesses (each includes this file
# with an include line; see docs/harness.md).  They use builtins, sys and
# traceback, which the including harness imports.


class Argv(list):
    """sys.argv that records each read of the arguments, as a call ("argv",
    line, ()): a module that reads its arguments while it is imported does
    work at import time, whatever arguments the probe happened to give it."""

    def __getitem__(self, index):
        if index != 0:   # sys.argv[0], the script's own name, is no argument
            self.watch.calls.append(("argv", self.watch.line(), ()))
        return list.__getitem__(self, index)

    def __iter__(self):
        self.watch.calls.append(("argv", self.watch.line(), ()))
        return list.__iter__(self)


class Watch:
    """Swaps print and open for recording versions, sets sys.argv (recording
    its reads), and records each call of the answer's own main()."""

    def __init__(self, h, argv):
        self.h = h
        self.argv = Argv(argv)
        self.argv.watch = self
        self.calls = []   # (what, line, args)

    def line(self, frame=None):
        frame, found = frame or sys._getframe(2), None
        while frame is not None:
            if frame.f_code.co_filename == self.h.answer_name:
                found = frame.f_lineno   # keep the outermost: the statement to move
            frame = frame.f_back
        return found

    def __enter__(self):
        self.saved = builtins.print, builtins.open, sys.argv
        real_print, real_open = builtins.print, builtins.open

        def fake_print(*args, **kwargs):
            self.calls.append(("print", self.line(), args))
            real_print(*args, **kwargs)	# what reaches stdout, the judge reads itself

        def fake_open(*args, **kwargs):
            self.calls.append(("open", self.line(), args))
            return real_open(*args, **kwargs)

        def profile(frame, event, arg):
            code = frame.f_code
            if (event == "call" and code.co_name == "main"
                    and code.co_filename == self.h.answer_name):
                self.calls.append(("main", self.line(frame.f_back), ()))

        builtins.print, builtins.open = fake_print, fake_open
        sys.argv = self.argv
        self.saved_profile = sys.getprofile()
        sys.setprofile(profile)
        return self

    def __exit__(self, *exc):
        sys.setprofile(self.saved_profile)
        builtins.print, builtins.open, sys.argv = self.saved
        return False


def answer_line(h, tb):
    """The innermost line of the answer in traceback TB."""
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == h.answer_name:
            line = lineno
    return line


# Probes (run in the answer's process; see docs/harness.md, "Probes"): what
# the answer printed and opened, as plain data.  What reached stdout the
# judge reads itself (h.answer_output): each harness runs these probes
# under h.hold_output() and holds the record against it (written_out).

def import_call_text(what):
    """How check_import names a call recorded while the module was imported."""
    if what == "argv":
        return "reads sys.argv"
    return "calls %s()" % what


def calls_seen(watch):
    """The recorded calls as plain data: [what, line, args, text]."""
    seen = []
    for what, line, args in watch.calls:
        text = " ".join(str(x) for x in args) if what == "print" else ""
        seen.append([what, line, list(args), text])
    return seen


def load_watched(a, argv):
    """loading the answer as a module"""
    with Watch(a, argv) as watch:
        a.load_module()
    return calls_seen(watch)


def run_as_script(a, argv):
    """running the answer as a script"""
    namespace = {"__name__": "__main__", "__file__": a.answer_name,
                 "__builtins__": builtins.__dict__}	# the answer's, not the harness's copy
    code = compile(a.source, a.answer_name, "exec")
    seen = {"exit": None, "raised": None}
    with Watch(a, argv) as watch:
        try:
            exec(code, namespace)
        except SystemExit as exc:
            seen["exit"] = exc.code if type(exc.code) in (int, str) or exc.code is None else repr(exc.code)
        except BaseException as exc:
            seen["raised"] = {"type": type(exc).__name__, "message": str(exc)[:200],
                              "line": answer_line(a, exc.__traceback__),
                              "index_error": isinstance(exc, IndexError)}
    seen["calls"] = calls_seen(watch)
    return seen


def written_out(calls, out):
    """The recorded prints whose text the judge read on stdout (OUT): a
    record the answer's own code added, of a print that never ran, is not
    among them."""
    return [c for c in calls if type(c) is list and len(c) == 4 and c[0] == "print"
            and type(c[3]) is str and c[3] in out]


def import_output(calls, out):
    """What importing the module did, as (text, line) for check_import: the
    first recorded call or, when the record is empty but the judge read
    output on stdout while it was imported (a stream written, a record the
    answer emptied), that output; None when it did neither."""
    if calls:
        return import_call_text(calls[0][0]), calls[0][1]
    if out.strip():
        return "writes %r to stdout" % out.strip()[:40], None
    return None
