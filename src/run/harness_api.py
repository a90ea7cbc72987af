# idiom harness API: what a course author's harness.py works with (Harness,
# its recorder and stubs, AnswerError).  Documented in docs/harness.md.  The
# binary embeds this file, src/run/judge.py, src/run/pool.py and
# src/run/supervisor.py and runs them as one program, this file first,
# inside the sandbox: nothing here may trust the answer, and nothing here
# touches the sandbox itself (the supervisor does).
import asyncio
import inspect
import random
import sys
import traceback
import types

# Every function of this program (harness API, pool, supervisor) and every
# harness looks builtins up in this private copy, taken before any answer
# runs, so an answer that rebinds one (`builtins.any = ...`) changes only its
# own code, not what a probe or the channel reports.
# The answer's own code looks builtins up in the real module's dictionary
# (_ANSWER_BUILTINS, given to the answer's module by Harness.load), never in
# this copy: otherwise `__builtins__["sum"] = ...` in an answer would reach
# every probe, and a harness that records the answer's print or open by
# patching the builtins module (lesson 08) would see nothing.
_ANSWER_BUILTINS = __import__("builtins").__dict__
__builtins__ = dict(_ANSWER_BUILTINS)

MESSAGE_CAP = 600	# longest message text sent back to the C side

class AnswerError(Exception):
    """The learner's code failed (raised, exited).  LINE is in the answer;
    CONTEXT says what the harness was doing ("calling f(42)")."""

    def __init__(self, message, line=None, context=""):
        super().__init__(message)
        self.message = message
        self.line = line
        self.context = context

    def __str__(self):
        where = " at line %d" % self.line if self.line else ""
        context = " (%s)" % self.context if self.context else ""
        return self.message + where + context


def _short(text, cap=MESSAGE_CAP):
    text = str(text)
    return text if len(text) <= cap else text[:cap - 3] + "..."


class Recorder:
    """Stubs that record when each call starts and ends, in order."""

    def __init__(self):
        self.events = []	# (kind, name, args, line): kind call/start/end

    def async_stub(self, name, result=None):
        recorder = self

        async def body(args):
            recorder.events.append(("start", name, args, None))
            await asyncio.sleep(0)	# lets a concurrent sibling start
            recorder.events.append(("end", name, args, None))
            return result(*args) if callable(result) else result

        body.__name__ = body.__qualname__ = name	# "coroutine 'load_config' was never awaited"

        def stub(*args, **kwargs):
            line = recorder._caller_line()
            recorder.events.append(("call", name, args + tuple(kwargs.values()), line))
            return body(args + tuple(kwargs.values()))

        stub.__name__ = stub.__qualname__ = name
        return stub

    def mark_return(self, name, _value):
        """Marks the moment the call made with h.call returned."""
        self.events.append(("return", name, (), None))

    def _caller_line(self):
        frame = sys._getframe(2)
        while frame is not None:
            if frame.f_code.co_filename == Harness.current.answer_name:
                return frame.f_lineno
            frame = frame.f_back
        return None

    def _index(self, kind, name):
        """The first event of KIND for NAME (any name when NAME is None)."""
        for i, event in enumerate(self.events):
            if event[0] == kind and (name is None or event[1] == name):
                return i
        return -1

    def called(self, name):
        return self._index("call", name) >= 0

    def started(self, name):
        """True when NAME's coroutine began running (awaited or as a task)."""
        return self._index("start", name) >= 0

    def awaited(self, name):
        """True when NAME's coroutine ran to its end."""
        return self._index("end", name) >= 0

    def running_at_return(self, name):
        """True when NAME had started but not ended when the graded call
        returned (a task left running: fire and forget)."""
        start, ret = self._index("start", name), self._index("return", None)
        if start < 0 or ret < 0 or start > ret:
            return False
        end = self._index("end", name)
        return end < 0 or end > ret

    def call_line(self, name):
        i = self._index("call", name)
        return self.events[i][3] if i >= 0 else None

    def call_args(self, name):
        return [e[2] for e in self.events if e[0] == "call" and e[1] == name]

    def overlapped(self, a, b):
        """True when one of A and B started before the other ended."""
        sa, ea = self._index("start", a), self._index("end", a)
        sb, eb = self._index("start", b), self._index("end", b)
        if min(sa, sb) < 0:
            return False
        ea = ea if ea >= 0 else len(self.events)
        eb = eb if eb >= 0 else len(self.events)
        return sa < eb and sb < ea

    def order(self):
        return [[kind, name] for kind, name, _, _ in self.events if kind in ("start", "end")]


# Where h.random_int and h.random_choice draw from: the system's entropy, so
# no answer can guess them.  A test that needs the same draws every time
# (golden files) sets IDIOM_RUN_SEED in idiom's environment; the check's
# request then carries it and _seed_random makes the draws repeatable.
_RANDOM = random.SystemRandom()


# An exception's chain read through BaseException's own descriptors, taken
# before any answer runs: a class of the answer's with a `__cause__` (or
# `__class__`) property, or a metaclass, cannot make a probe see a chain or
# a type that is not there (Harness.chained, Harness.is_a).
_CHAIN = {k: BaseException.__dict__[k] for k in ("__cause__", "__context__",
                                                  "__suppress_context__")}


def _seed_random(seed):
    global _RANDOM
    _RANDOM = random.Random(seed)


class Harness:
    """What a harness's grade(h) gets; see docs/harness.md."""
    current = None
    AnswerError = AnswerError

    def __init__(self, source, answer_name):
        self.source = source
        self.answer_name = answer_name
        self.checks = []
        self.notes = {}
        self.recorders = []
        self.module = None
        self.kept = {}
        Harness.current = self

    def _answer_line(self, tb):
        line = None
        for frame, lineno in traceback.walk_tb(tb):
            if frame.f_code.co_filename == self.answer_name:
                line = lineno
        return line

    def _describe(self, exc):
        if isinstance(exc, SystemExit):
            return "the answer called sys.exit()"
        name = type(exc).__name__
        text = _short(exc)
        return "the answer raised %s: %s" % (name, text) if text else "the answer raised " + name

    def describe_failure(self, exc):
        """What EXC, raised by the answer, says to a learner."""
        return self._describe(exc)

    def load(self):
        """Runs the answer as module `answer`; returns the module.  Raises
        AnswerError when the answer's top level raises or exits."""
        module = types.ModuleType("answer")
        module.__file__ = self.answer_name
        module.__builtins__ = _ANSWER_BUILTINS	# not the harness's private copy
        sys.modules["answer"] = module
        code = compile(self.source, self.answer_name, "exec")
        try:
            exec(code, module.__dict__)
        except BaseException as exc:	# SystemExit and KeyboardInterrupt too
            line = self._answer_line(exc.__traceback__)
            raise AnswerError(self._describe(exc), line)
        return module

    def find_function(self, module, name, *aliases):
        """Returns (function, the name it was found under) or (None, None)."""
        for candidate in (name,) + aliases:
            value = module.__dict__.get(candidate)
            if callable(value):
                return value, candidate
        return None, None

    def recorder(self):
        """A new Recorder; h.call marks in it the moment the call returned."""
        recorder = Recorder()
        self.recorders.append(recorder)
        return recorder

    def call(self, fn, *args, **kwargs):
        """Calls FN(*ARGS, **KWARGS) as its real callers do: an `async def`
        from inside a running event loop, a plain def from plain code (no
        loop running, so its own `asyncio.run` works as in a script),
        awaiting the result when it is awaitable.  Returns the value; raises
        AnswerError when the answer raises or exits."""
        def returned(value):
            for recorder in self.recorders:	# what was still running at return
                recorder.mark_return(getattr(fn, "__name__", "?"), value)
            return value

        async def awaited(value):
            return returned(await value)

        async def inside_loop():
            value = fn(*args, **kwargs)
            if inspect.isawaitable(value):
                value = await value
            return returned(value)

        try:
            if inspect.iscoroutinefunction(fn):
                return asyncio.run(inside_loop())
            value = fn(*args, **kwargs)
            if inspect.isawaitable(value):
                return asyncio.run(awaited(value))
            return returned(value)
        except BaseException as exc:
            line = self._answer_line(exc.__traceback__)
            name = getattr(fn, "__name__", "the function")
            shown = ", ".join([_short(repr(a), 40) for a in args] +
                              ["%s=%s" % (k, _short(repr(v), 40)) for k, v in kwargs.items()])
            raise AnswerError(self._describe(exc), line, "calling %s(%s)" % (name, shown))

    def line_of(self, obj):
        code = getattr(obj, "__code__", None)
        return code.co_firstlineno if code else None

    def answer_line(self, exc):
        """The innermost line of the answer in EXC's traceback, or None."""
        return self._answer_line(getattr(exc, "__traceback__", None))

    @staticmethod
    def chained(exc, key):
        """In a probe: EXC's `__cause__`, `__context__` or
        `__suppress_context__` (KEY) as BaseException stores it."""
        return _CHAIN[key].__get__(exc)

    @staticmethod
    def is_a(value, cls):
        """In a probe: whether VALUE's exact type is CLS or a subclass (never
        `isinstance`, which the answer's `__class__` can answer)."""
        return issubclass(type(value), cls)

    def load_module(self):
        """In a probe: loads the answer (h.load) once and keeps it as
        self.module for h.find_function and later probes."""
        self.module = self.load()
        return self.module

    def probe(self, fn, *args, **kwargs):
        """Beside the answer (a harness without OWNS), a probe is a plain
        call: FN(self, ...), what the answer raises as AnswerError."""
        try:
            return fn(self, *args, **kwargs)
        except AnswerError:
            raise
        except Exception as exc:	# the answer's code raised inside the probe
            doc = (getattr(fn, "__doc__", None) or fn.__name__).strip().splitlines()[0]
            raise AnswerError(self._describe(exc), self.answer_line(exc), doc)

    def random_int(self, low, high):
        """A number the answer cannot guess."""
        return _RANDOM.randint(low, high)

    def random_choice(self, seq):
        """An item of SEQ the answer cannot guess."""
        return _RANDOM.choice(list(seq))

    def check(self, criterion, passed, message="", line=None):
        self.checks.append({"criterion": str(criterion), "pass": bool(passed),
                            "line": line if isinstance(line, int) else None,
                            "message": _short(message)})

    def note(self, key, value):
        self.notes[str(key)] = value


async def _await(awaitable):
    return await awaitable


