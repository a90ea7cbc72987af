# idiom harness API: what a course author's harness.py works with (Harness,
# its recorder and stubs, AnswerError).  Documented in docs/harness.md.  The
# binary embeds this file and src/run/supervisor.py and runs them as one
# program, this file first, inside the sandbox: nothing here may trust the
# answer, and nothing here touches the sandbox itself (the supervisor does).
import asyncio
import collections
import inspect
import json
import os
import random
import struct
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
                recorder.events.append(("return", getattr(fn, "__name__", "?"), args, None))
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


# ------------------------------------------------------------ the judge model
# A harness that declares OWNS = [criterion ids] runs in the judge: a trusted
# process of its own, while the answer runs in a separate sandboxed process
# (the answer agent, supervisor.py).  What crosses between them is plain data
# (_plain_encode / _plain_decode): never an object, never a pickle.  Stubs
# forward each call to the judge, which records it and hands back a fresh
# copy of its result.  See docs/harness.md, "The judge".

PLAIN_NODES = 20000	# most values in one plain-data message
PLAIN_DEPTH = 40	# deepest nesting
_DICT_TYPES = {dict: "dict", collections.OrderedDict: "OrderedDict",
               collections.defaultdict: "defaultdict", collections.Counter: "Counter"}
LINE_MAX = 10 ** 7	# a line number beyond this is no line


def _line(value):
    """VALUE when it is a plausible line number, else None."""
    return value if type(value) is int and 0 < value <= LINE_MAX else None


def _has_own(cls, name):
    """True when CLS or a base other than object defines NAME, without
    running any of CLS's code (a metaclass cannot intercept this)."""
    for klass in type.__dict__["__mro__"].__get__(cls):
        if klass is not object and name in type.__dict__["__dict__"].__get__(klass):
            return True
    return False


def _tuple_fields(cls):
    """The field names of a named tuple class (collections.namedtuple,
    typing.NamedTuple: a direct subclass of tuple whose own `_fields` is a
    tuple of identifiers), read without running any of CLS's code; else None."""
    if not isinstance(cls, type) or type(cls) is not type:
        return None
    if type.__dict__["__bases__"].__get__(cls) != (tuple,):
        return None
    fields = type.__dict__["__dict__"].__get__(cls).get("_fields")
    if type(fields) is not tuple or not all(
            type(f) is str and f.isidentifier() and not f.startswith("__") for f in fields):
        return None
    return fields


def _type_name(cls):
    name = type.__dict__["__name__"].__get__(cls)
    return name if type(name) is str else "?"


def _plain_encode(value):
    """VALUE as plain data, tagged by exact type.  Runs no code of VALUE's
    own (no __eq__, __iter__ or __getattr__ of a learner's class): what it
    cannot read as plain data becomes {"t": "opaque"}."""
    budget = [PLAIN_NODES]
    seen = set()

    def opaque(v, why=""):
        return {"t": "opaque", "cls": _type_name(type(v)), "why": why}

    def enc(v, depth):
        budget[0] -= 1
        if budget[0] < 0 or depth > PLAIN_DEPTH:
            return opaque(v, "too large")
        t = type(v)
        if v is None:
            return {"t": "none"}
        if t is bool:
            return {"t": "bool", "v": v}
        if t is int:
            try:
                return {"t": "int", "v": str(v)}
            except ValueError:
                return opaque(v, "too large")
        if t is float:
            return {"t": "float", "v": repr(v)}
        if t is str:
            return {"t": "str", "v": v}
        if t is bytes:
            return {"t": "bytes", "v": v.hex()}
        if id(v) in seen:
            return opaque(v, "refers to itself")
        seen.add(id(v))
        try:
            if t in (list, tuple, set, frozenset):
                return {"t": t.__name__, "v": [enc(x, depth + 1) for x in list(v)]}
            fields = _tuple_fields(t)
            if fields is not None and tuple.__len__(v) == len(fields):
                return {"t": "namedtuple", "cls": _type_name(t), "fields": list(fields),
                        "v": [enc(tuple.__getitem__(v, i), depth + 1) for i in range(len(fields))]}
            if t in _DICT_TYPES:
                return {"t": "dict", "cls": _DICT_TYPES[t],
                        "v": [[enc(k, depth + 1), enc(x, depth + 1)] for k, x in dict.items(v)]}
            return enc_object(v, t, depth)
        finally:
            seen.discard(id(v))

    def enc_object(v, t, depth):
        """An instance of a plain class (or a dataclass, or a SimpleNamespace):
        its class name and its instance attributes."""
        if t is not types.SimpleNamespace:
            if (not isinstance(t, type) or type(t) is not type or t.__module__ == "builtins"
                    or object not in t.__bases__ and not _has_own(t, "__dataclass_fields__")
                    or _has_own(t, "__getattr__") or _has_own(t, "__getattribute__")):
                return opaque(v)
        try:
            attrs = object.__getattribute__(v, "__dict__")
        except AttributeError:
            attrs = {}
        if type(attrs) is not dict:
            return opaque(v)
        fields = {}
        for k, x in dict.items(attrs):
            if type(k) is str and not k.startswith("__"):
                fields[k] = enc(x, depth + 1)
        return {"t": "obj", "cls": _type_name(t), "v": fields,
                "dataclass": _has_own(t, "__dataclass_fields__")}

    return enc(value, 0)


class AnswerObject:
    """A plain-data copy of an object the answer returned: its class name
    (type(x).__name__) and its instance attributes.  Equal to nothing but
    itself."""

    def __repr__(self):
        return "<%s>" % type(self).__name__


class AnswerTuple(tuple):
    """A plain-data copy of a named tuple the answer returned: a tuple of its
    items (equal to the plain tuple of the same items), named after the
    answer's class, with each field also an attribute."""


class Opaque:
    """Stands for a value the answer returned that is not plain data (an
    object answering any attribute, a generator, a cycle): no attributes,
    equal to nothing but itself."""

    def __repr__(self):
        return "<%s: not plain data>" % type(self).__name__


_CLASSES = {}


def _stand_in(base, name, dataclass=False):
    """A judge-side class named NAME (the answer's class name) deriving from
    BASE; a dataclass flag makes dataclasses.is_dataclass true."""
    name = name if type(name) is str and name.isidentifier() and len(name) < 80 else "object"
    key = (base, name, dataclass)
    cls = _CLASSES.get(key)
    if cls is None:
        extra = {"__dataclass_fields__": {}} if dataclass else {}
        cls = _CLASSES[key] = type(name, (base,), extra)
    return cls


def _plain_decode(node, depth=0):
    """Plain data back into fresh Python values (judge side).  Anything
    malformed becomes an Opaque: never raises on what the answer sent."""
    try:
        return _decode(node, depth)
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError):
        return _stand_in(Opaque, "malformed")()


def _decode(node, depth):
    if type(node) is not dict or depth > PLAIN_DEPTH + 2:
        raise ValueError("malformed")
    t, v = node.get("t"), node.get("v")
    if t == "none":
        return None
    if t == "bool" and type(v) is bool:
        return v
    if t == "int" and type(v) is str and len(v) < 4000:
        return int(v)
    if t == "float" and type(v) is str:
        return float(v)
    if t == "str" and type(v) is str:
        return v
    if t == "bytes" and type(v) is str:
        return bytes.fromhex(v)
    if t in ("list", "tuple", "set", "frozenset") and type(v) is list:
        items = [_decode(x, depth + 1) for x in v]
        return {"list": list, "tuple": tuple, "set": set, "frozenset": frozenset}[t](items)
    if t == "dict" and type(v) is list:
        return _decode_dict(node.get("cls"), v, depth)
    if t == "obj" and type(v) is dict:
        obj = _stand_in(AnswerObject, node.get("cls"), node.get("dataclass") is True)()
        for k, x in v.items():
            if type(k) is str and k.isidentifier() and not k.startswith("__"):
                object.__setattr__(obj, k, _decode(x, depth + 1))
        return obj
    if t == "namedtuple" and type(v) is list and type(node.get("fields")) is list:
        return _decode_namedtuple(node.get("cls"), node["fields"], v, depth)
    if t == "opaque":
        return _stand_in(Opaque, node.get("cls"))()
    raise ValueError("malformed")


def _decode_namedtuple(cls, fields, items, depth):
    if len(fields) != len(items) or not all(
            type(f) is str and f.isidentifier() and not f.startswith("__") for f in fields):
        raise ValueError("malformed")
    obj = _stand_in(AnswerTuple, cls)([_decode(x, depth + 1) for x in items])
    for name, value in zip(fields, obj):
        object.__setattr__(obj, name, value)
    return obj


def _decode_dict(cls, pairs, depth):
    made = {"dict": dict, "OrderedDict": collections.OrderedDict,
            "Counter": collections.Counter}.get(cls)
    out = made() if made else collections.defaultdict() if cls == "defaultdict" else None
    if out is None:
        raise ValueError("malformed")
    for pair in pairs:
        if type(pair) is not list or len(pair) != 2:
            raise ValueError("malformed")
        out[_decode(pair[0], depth + 1)] = _decode(pair[1], depth + 1)
    return out


CHANNEL_MAX = 4 << 20	# largest message between judge and answer
EVENTS_MAX = 100000	# most stub events one check may record


class AnswerGone(Exception):
    """The answer's process ended (ENDED) or broke the protocol mid-request."""

    def __init__(self, message, ended=False):
        super().__init__(message)
        self.ended = ended


# The channel writes its JSON with these, taken before any answer runs: a C
# function for the strings and our own walk over the plain types, so an
# answer that patches json (json.dumps, json.JSONEncoder, json.encoder) in
# its own process cannot rewrite what that process reports to the judge.
_QUOTE = json.encoder.encode_basestring_ascii
_DUMPS = json.dumps


def _json_fast(obj):
    return _DUMPS(obj, ensure_ascii=True, separators=(",", ":"))


def _json_text(obj):
    """OBJ (dicts with str keys, lists, str, int, bool, None) as JSON, with
    only ASCII.  Anything else goes through the json module."""
    t = type(obj)
    if t is str:
        return _QUOTE(obj)
    if obj is None:
        return "null"
    if t is bool:
        return "true" if obj else "false"
    if t is int:
        return int.__repr__(obj)
    if t is list or t is tuple:
        return "[" + ",".join([_json_text(x) for x in obj]) + "]"
    if t is dict and all(type(k) is str for k in dict.keys(obj)):
        return "{" + ",".join([_QUOTE(k) + ":" + _json_text(v)
                               for k, v in dict.items(obj)]) + "}"
    return _json_fast(obj)


class _Channel:
    """Length-prefixed JSON messages over a stream socket.  recv returns None
    at EOF and raises AnswerGone on anything malformed."""

    def __init__(self, fd):
        self.fd = fd
        # The judge's own process is out of the answer's reach: json's C
        # encoder.  The answer's process sends with _json_text.
        self.encode = _json_fast

    def send(self, obj):
        data = self.encode(obj).encode()
        data = struct.pack(">I", len(data)) + data
        try:
            while data:
                data = data[os.write(self.fd, data):]
        except OSError as exc:
            raise AnswerGone("closed the channel: %s" % exc.strerror, ended=True)

    def _read(self, n):
        chunks = []
        while n > 0:
            try:
                chunk = os.read(self.fd, min(n, 1 << 20))
            except OSError:
                chunk = b""
            if not chunk:
                return None
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)

    def recv(self):
        head = self._read(4)
        if head is None:
            return None
        n = struct.unpack(">I", head)[0]
        if n > CHANNEL_MAX:
            raise AnswerGone("sent a message larger than %d MiB" % (CHANNEL_MAX >> 20))
        body = self._read(n)
        if body is None:
            return None
        try:
            obj = json.loads(body)
        except (ValueError, RecursionError):
            raise AnswerGone("sent a malformed message")
        if type(obj) is not dict:
            raise AnswerGone("sent a malformed message")
        return obj

    def request(self, obj):
        self.send(obj)
        return self.recv()


class Stub:
    """What rec.async_stub returns in the judge: installed in the answer's
    globals by `module.NAME = stub`; calls to it are recorded by REC."""

    def __init__(self, recorder, name, result):
        self.recorder, self.name, self.result = recorder, name, result


class JudgeRecorder(Recorder):
    def async_stub(self, name, result=None):
        return Stub(self, name, result)


class AnswerModule:
    """The answer's module as the judge sees it.  Assigning a stub to an
    attribute installs it in the answer's globals; nothing else crosses."""

    def __init__(self, judge):
        object.__setattr__(self, "_judge", judge)

    def __setattr__(self, name, stub):
        if not isinstance(stub, Stub):
            raise TypeError("a harness installs only stubs (rec.async_stub) in the answer")
        self._judge._install(name, stub)


class AnswerFunction:
    """A function of the answer, by name: what h.call asks the answer to
    call, with what the answer process said about it."""

    def __init__(self, name, is_async, line):
        self.__name__ = self.name = name
        self.is_async = is_async
        self.line = line

    def __repr__(self):
        return "<answer function %s>" % self.name


def _mirror(args, after):
    """What the answer did to the arguments it was given, done to the
    judge's own: a list, dict or set the answer changed is changed alike (as
    plain data), so a harness sees an input mutated."""
    if type(after) is not list or len(after) != len(args):
        return
    for arg, node in zip(args, after):
        if type(arg) in (list, dict, set):
            now = _plain_decode(node)
            if type(now) is type(arg) and now != arg:
                arg.clear()
                (arg.extend if type(arg) is list else arg.update)(now)


class Judge(Harness):
    """The harness API in the judge: h.load, h.find_function and h.call are
    requests to the answer's process; recorders and checks stay here."""

    def __init__(self, source, answer_name, channel):
        super().__init__(source, answer_name)
        self._chan = channel
        self._stubs = {}
        self._calling = None
        self._events = 0
        self._unacked = 0	# stub installs sent, their replies not yet read
        self._answer_pid = None	# set by the supervisor: what answer_fds reads

    def answer_fds(self):
        """The answer process's descriptors, read in the judge from
        /proc/PID/fd (nothing the answer runs can rewrite it): a sorted
        list, or None when unreadable (made so by the answer, or ended)."""
        try:
            return sorted([int(n) for n in os.listdir("/proc/%d/fd" % self._answer_pid)])
        except (OSError, ValueError, TypeError):
            return None

    def _request(self, msg):
        self._chan.send(msg)
        while True:
            reply = self._chan.recv()
            if reply is None:
                raise AnswerGone("ended", ended=True)
            if "ev" in reply:
                self._event(reply)
            elif self._unacked:
                self._unacked -= 1
                if reply.get("ok") is not True:
                    raise AnswerGone("did not take the stub")
            else:
                return reply

    def _event(self, ev):
        kind, name = ev.get("ev"), ev.get("name")
        self._events += 1
        if self._events > EVENTS_MAX:
            raise AnswerError("the answer called the helpers more than %d times" % EVENTS_MAX)
        if kind == "return" and self._calling:	# events but "end" get no reply
            for recorder in self.recorders:
                recorder.events.append(("return", self._calling, (), None))
            return
        stub = self._stubs.get(name) if type(name) is str else None
        args = _plain_decode(ev.get("args"))
        if stub is None or kind not in ("call", "start", "end") or type(args) is not list:
            raise AnswerGone("sent a message its check does not know")
        args = tuple(args)
        stub.recorder.events.append((kind, name, args, _line(ev.get("line"))))
        if kind != "end":
            return
        result = stub.result(*args) if callable(stub.result) else stub.result
        self._chan.send({"v": _plain_encode(result)})	# a fresh copy each time

    def _raised(self, info, context=""):
        info = info if type(info) is dict else {}
        message = info.get("message")
        return AnswerError(_short(message if type(message) is str else "the answer failed"),
                           _line(info.get("line")), context)

    def _install(self, name, stub):
        # Its reply is read with the next request's (no answer code runs
        # between): one round trip fewer per stub.
        self._chan.send({"op": "stub", "name": str(name)})
        self._unacked += 1
        self._stubs[str(name)] = stub

    def load(self):
        reply = self._request({"op": "load"})
        if "raised" in reply:
            raise self._raised(reply["raised"])
        return AnswerModule(self)

    def find_function(self, module, name, *aliases):
        names = [name, *aliases]
        reply = self._request({"op": "find", "names": names})
        found = reply.get("found")
        if found not in names:
            return None, None
        return AnswerFunction(found, reply.get("async") is True, _line(reply.get("line"))), found

    def recorder(self):
        recorder = JudgeRecorder()
        self.recorders.append(recorder)
        return recorder

    def call(self, fn, *args, **kwargs):
        if not isinstance(fn, AnswerFunction):
            raise TypeError("h.call takes a function found with h.find_function")
        shown = ", ".join([_short(repr(a), 40) for a in args] +
                          ["%s=%s" % (k, _short(repr(v), 40)) for k, v in kwargs.items()])
        self._calling = fn.name
        try:
            reply = self._request({"op": "call", "fn": fn.name, "returns": bool(self.recorders),
                                   "args": [_plain_encode(a) for a in args],
                                   "kwargs": {str(k): _plain_encode(v) for k, v in kwargs.items()}})
        finally:
            self._calling = None
        if "raised" in reply:
            raise self._raised(reply["raised"], "calling %s(%s)" % (fn.name, shown))
        if "v" not in reply:
            raise AnswerGone("sent a malformed reply")
        _mirror(args, reply.get("args_after"))
        return _plain_decode(reply["v"])

    def line_of(self, obj):
        return obj.line if isinstance(obj, AnswerFunction) else None

    def probe(self, fn, *args, **kwargs):
        """Runs FN(a, *ARGS, **KWARGS), a module-level function of the
        harness, in the answer's process, where A is that process's own
        Harness (a.module, a.call, a.answer_line, a.kept, a.load_module).
        Arguments and result cross as plain data: what a probe returns is an
        observation the judge weighs, never trusted code.  Raises
        AnswerError when the answer raised inside it (a load that failed
        carries no context, so the check's status is error)."""
        name = getattr(fn, "__name__", None)
        if type(name) is not str or not name.isidentifier():
            raise TypeError("h.probe takes a module-level function of the harness")
        doc = (getattr(fn, "__doc__", None) or name).strip().splitlines()[0]
        self._calling = name
        try:
            reply = self._request({"op": "probe", "fn": name, "returns": bool(self.recorders),
                                   "args": [_plain_encode(a) for a in args],
                                   "kwargs": {str(k): _plain_encode(v) for k, v in kwargs.items()}})
        finally:
            self._calling = None
        if "raised" in reply:
            raised = reply["raised"] if type(reply["raised"]) is dict else {}
            raise self._raised(raised, "" if raised.get("load") is True else doc)
        if "v" not in reply:
            raise AnswerGone("sent a malformed reply")
        return _plain_decode(reply["v"])

