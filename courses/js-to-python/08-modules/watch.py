# Recording helpers shared by lesson 08's harnesses (each includes this file
# with an include line; see docs/harness.md).  They use builtins, sys and
# traceback, which the including harness imports.


class Watch:
    """Swaps print and open for recording versions, and sets sys.argv."""

    def __init__(self, h, argv):
        self.h = h
        self.argv = argv
        self.calls = []   # (what, line, args)

    def line(self):
        frame, found = sys._getframe(2), None
        while frame is not None:
            if frame.f_code.co_filename == self.h.answer_name:
                found = frame.f_lineno   # keep the outermost: the statement to move
            frame = frame.f_back
        return found

    def __enter__(self):
        self.saved = builtins.print, builtins.open, sys.argv
        real_open = builtins.open

        def fake_print(*args, **kwargs):
            self.calls.append(("print", self.line(), args))

        def fake_open(*args, **kwargs):
            self.calls.append(("open", self.line(), args))
            return real_open(*args, **kwargs)

        builtins.print, builtins.open = fake_print, fake_open
        sys.argv = self.argv
        return self

    def __exit__(self, *exc):
        builtins.print, builtins.open, sys.argv = self.saved
        return False


def answer_line(h, tb):
    """The innermost line of the answer in traceback TB."""
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == h.answer_name:
            line = lineno
    return line
