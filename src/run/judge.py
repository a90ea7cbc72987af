# idiom's judge: the harness API as it runs in the judge (a trusted process
# of its own) against the answer running in another, and the plain data and
# channel between them, and the stubs' side in the answer's process.  Embedded after src/run/harness_api.py and run as one
# program with it (src/run/runner.c, zygote_source): it uses that file's
# names (Harness, Recorder, AnswerError, _short, the private builtins).
# Documented in docs/harness.md, "The judge".
import collections
import itertools
import json
import contextlib
import os
import select
import struct

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


_EXPECTED = object()	# Judge._returned while h.call waits for the return event


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


OUTPUT_KEEP = 1 << 20	# most bytes of each stream the judge keeps for one request


class AnswerOutput:
    """The answer process's stdout and stderr as the judge reads them: two
    pipes whose read ends only the judge holds, so what the answer printed
    is observed here, not reported by its own process.  What is read is
    relayed to the check's output (the judge's stdout: the output pipe,
    which the answer's process never holds) unless held (h.hold_output),
    and kept per stream until taken (each request's, Judge._request).
    Whatever the answer wrote before it sent a message is read before that
    message (wait), so output is told to the request it came during."""

    def __init__(self, fds, chan_fd):
        self.kept = {fd: bytearray() for fd in fds}	# stdout's, then stderr's
        self.order = list(fds)
        self.relay = True
        self.chan_fd = chan_fd
        self.poll = select.poll()
        for fd in fds:
            os.set_blocking(fd, False)
            self.poll.register(fd, select.POLLIN)
        self.poll.register(chan_fd, select.POLLIN)

    def wait(self):
        """Relays and keeps output until the channel can be read, then
        reads what was written before the message there."""
        while True:
            ready = [fd for fd, _ in self.poll.poll()]
            if self.chan_fd in ready:
                break
            for fd in ready:
                self._drain(fd)
        self.drain()

    def drain(self):
        for fd in list(self.kept):
            self._drain(fd)

    def _drain(self, fd):
        while fd in self.kept:
            try:
                data = os.read(fd, 1 << 16)
            except BlockingIOError:
                return
            except OSError:
                data = b""
            if not data:	# the answer closed it
                return self._close(fd)
            kept = self.kept[fd]
            kept += data[:max(0, OUTPUT_KEEP - len(kept))]
            if self.relay:
                self._relay(data)

    def _relay(self, data):
        """To the check's output; once the runner closed it (the output
        limit), the answer's writes fail as they did before the judge read
        them: its pipes are closed."""
        try:
            while data:
                data = data[os.write(1, data):]
        except OSError:
            self.close()

    def _close(self, fd):
        with contextlib.suppress(KeyError, ValueError):
            self.poll.unregister(fd)
        self.kept.pop(fd, None)
        with contextlib.suppress(OSError):
            os.close(fd)

    def close(self):
        for fd in list(self.kept):
            self._close(fd)

    def take(self):
        """(stdout, stderr) as text, kept since the last take."""
        out = []
        for fd in self.order:
            kept = self.kept.get(fd)
            out.append(bytes(kept).decode("utf-8", "replace") if kept else "")
            if kept:
                kept.clear()
        return tuple(out)


class _Channel:
    """Length-prefixed JSON messages over a stream socket.  recv returns None
    at EOF and raises AnswerGone on anything malformed.  In the judge, the
    answer's output (an AnswerOutput, WATCH) is read while it waits."""

    def __init__(self, fd, watch=None):
        self.fd = fd
        self.watch = watch
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
            if self.watch is not None:
                self.watch.wait()
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


# ------------------------------------------- the stubs in the answer's process
# What the judge's stubs are in the answer's globals (installed by the
# answer's agent, supervisor.py): each call, start and end goes to the judge,
# which checks it against its own record (Judge._event).

_CALL_IDS = itertools.count(1)	# the stubs' calls in the answer's process


def _agent_stub(chan, name, answer_name):
    """A stub in the answer's globals: each call, start and end is sent to
    the judge under the call's id, and the judge records it (in the order
    sent: only "end" waits for a reply); the result is the judge's fresh
    copy, drawn when the call ends."""
    async def body(cid):
        chan.send({"ev": "start", "id": cid})
        await asyncio.sleep(0)	# lets a concurrent sibling start
        reply = chan.request({"ev": "end", "id": cid})
        if reply is None:
            os._exit(0)
        return _plain_decode(reply.get("v"))

    body.__name__ = body.__qualname__ = name	# "coroutine 'load_config' was never awaited"

    def stub(*args, **kwargs):
        args = args + tuple(kwargs.values())
        frame, line = sys._getframe(1), None
        while frame is not None and line is None:
            if frame.f_code.co_filename == answer_name:
                line = frame.f_lineno
            frame = frame.f_back
        cid = next(_CALL_IDS)
        chan.send({"ev": "call", "id": cid, "name": name, "args": _plain_encode(list(args)),
                   "line": line})
        return body(cid)

    stub.__name__ = stub.__qualname__ = name
    return stub


class _ReturnSignal:
    """Stands for a recorder in the answer's Harness: when h.call's function
    returns, the value it returned is sent to the judge at once, from inside
    the event loop (tasks it left running have not been cancelled yet), when
    the judge has recorders to mark the moment in (ACTIVE, set per request);
    otherwise the value goes with the reply."""

    def __init__(self, chan):
        self.chan = chan
        self.active = True

    def mark_return(self, _name, value):
        if self.active:
            self.chan.send({"ev": "return", "v": _plain_encode(value)})


# ---------------------------------------------------- the stubs in the judge

class Stub:
    """What rec.async_stub returns in the judge: installed in the answer's
    globals by `module.NAME = stub`; calls to it are recorded by REC."""

    def __init__(self, recorder, name, result):
        self.recorder, self.name, self.result = recorder, name, result


class StubCall:
    """One call of a stub as the judge recorded it: its name, arguments and
    the answer's line; once it ended, the value the judge handed out."""

    def __init__(self, name, args, line):
        self.name, self.args, self.line = name, args, line
        self.started = self.ended = False
        self.value = None

    def __repr__(self):
        return "<call of %s>" % self.name


def _holds(value, wanted, depth=0):
    """True when VALUE is WANTED (as plain data) or holds it: as an item, a
    dict's value or an object's attribute, however deep (within reason)."""
    if type(value) is type(wanted) and value == wanted:
        return True
    if depth > PLAIN_DEPTH:
        return False
    if isinstance(value, (list, tuple, set, frozenset)):
        items = list(value)
    elif isinstance(value, dict):
        items = list(value.values())
    elif isinstance(value, AnswerObject):
        items = list(object.__getattribute__(value, "__dict__").values())
    else:
        return False
    return any(_holds(item, wanted, depth + 1) for item in items)


class JudgeRecorder(Recorder):
    """The recorder in the judge.  Its events are what the judge itself saw
    on the channel, each tied to one call (a StubCall); a call's value is
    drawn here when it ends, so what the answer returns tells which call it
    came from (rec.carried)."""

    def async_stub(self, name, result=None):
        return Stub(self, name, result)

    def calls(self, name):
        """The calls of NAME, in the order they were made."""
        return [e[4] for e in self.events if e[0] == "call" and e[1] == name]

    def values(self, name):
        """The values the judge handed out to NAME's calls (fresh copies)."""
        return [call.value for call in self.calls(name) if call.ended]

    def carried(self, name, value):
        """The call of NAME whose value (drawn in the judge when it ended)
        VALUE is or holds, or None: the call the answer's result came from."""
        for call in self.calls(name):
            if call.ended and _holds(value, call.value):
                return call
        return None

    def _at(self, kind, who):
        """The index of the first KIND event of WHO: a name or a StubCall."""
        if not isinstance(who, StubCall):
            return self._index(kind, who)
        for i, event in enumerate(self.events):
            if event[0] == kind and event[4] is who:
                return i
        return -1

    def overlapped(self, a, b):
        """True when one of A and B (names, or calls from rec.carried)
        started before the other ended, as the judge saw the events."""
        sa, ea = self._at("start", a), self._at("end", a)
        sb, eb = self._at("start", b), self._at("end", b)
        if min(sa, sb) < 0:
            return False
        ea = ea if ea >= 0 else len(self.events)
        eb = eb if eb >= 0 else len(self.events)
        return sa < eb and sb < ea

    def running_at_return(self, name):
        """True when a call of NAME started and had not ended when the graded
        call returned, or started only after it returned (a task left
        running: only one that outlived its cancellation gets that far).
        One pass over the events: an answer may make thousands of calls."""
        ret = self._index("return", None)
        if ret < 0:
            return False
        running = set()
        for i, event in enumerate(self.events):
            if event[1] != name or event[4] is None:
                continue
            if event[0] == "start":
                running.add(event[4])
            elif event[0] == "end" and i < ret:
                running.discard(event[4])
        return bool(running)

    def order(self):
        return [[e[0], e[1]] for e in self.events if e[0] in ("start", "end")]


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
        self._stub_calls = {}	# the answer's call id: (Stub, StubCall)
        self._returned = None	# during h.call with recorders: _EXPECTED, then the value
        self._answer_pid = None	# set by the supervisor: what answer_fds reads
        self._output = channel.watch	# the answer's stdout and stderr, or None
        self._last_output = ("", "")

    def answer_output(self):
        """(stdout, stderr): what the answer's process wrote during the last
        request (h.load, h.call, h.probe), read in the judge from pipes only
        it holds, so no code of the answer's can rewrite it."""
        return self._last_output

    @contextlib.contextmanager
    def hold_output(self):
        """Output read meanwhile is kept for answer_output but not shown in
        the check's output (a harness's many runs of the answer)."""
        if self._output is None:
            yield
            return
        self._output.relay = False
        try:
            yield
        finally:
            self._output.relay = True

    def answer_fds(self):
        """The answer process's descriptors, read in the judge from
        /proc/PID/fd (nothing the answer runs can rewrite it): a sorted
        list, or None when unreadable (made so by the answer, or ended)."""
        try:
            return sorted([int(n) for n in os.listdir("/proc/%d/fd" % self._answer_pid)])
        except (OSError, ValueError, TypeError):
            return None

    def _request(self, msg):
        if self._output is not None:	# written between requests: no request's
            self._output.drain()
            self._output.take()
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
                if self._output is not None:
                    self._last_output = self._output.take()
                return reply

    def _event(self, ev):
        """A stub's event or the graded call's return, as the answer's
        process sent it.  Each is checked against what the judge recorded
        before (a call's id is new; it starts once, after its call; it ends
        once, after its start; one return per h.call), so a forged event
        can only say what the answer's code could have done."""
        kind = ev.get("ev")
        self._events += 1
        if self._events > EVENTS_MAX:
            raise AnswerError("the answer called the helpers more than %d times" % EVENTS_MAX)
        if kind == "return":
            return self._return(ev)
        cid = ev.get("id")
        if type(cid) is not int or kind not in ("call", "start", "end"):
            raise AnswerGone("sent a message its check does not know")
        if kind == "call":
            return self._call_event(cid, ev)
        stub, call = self._stub_calls.get(cid, (None, None))
        if call is None or call.started != (kind == "end") or call.ended:
            raise AnswerGone("sent a stub event out of order")
        stub.recorder.events.append((kind, call.name, call.args, None, call))
        if kind == "start":
            call.started = True
            return
        call.ended = True
        result = stub.result(*call.args) if callable(stub.result) else stub.result
        encoded = _plain_encode(result)	# a fresh copy each time
        call.value = _plain_decode(encoded)
        self._chan.send({"v": encoded})

    def _call_event(self, cid, ev):
        name = ev.get("name")
        stub = self._stubs.get(name) if type(name) is str else None
        args = _plain_decode(ev.get("args"))
        if stub is None or type(args) is not list or cid in self._stub_calls:
            raise AnswerGone("sent a message its check does not know")
        call = StubCall(name, tuple(args), _line(ev.get("line")))
        self._stub_calls[cid] = (stub, call)
        stub.recorder.events.append(("call", name, call.args, call.line, call))

    def _return(self, ev):
        """The graded function returned, inside the answer's event loop, with
        the value it returned: the moment is marked in every recorder, and
        the value is the call's result (h.call returns it)."""
        if self._returned is not _EXPECTED or "v" not in ev:
            raise AnswerGone("sent a return the check did not ask for")
        self._returned = _plain_decode(ev["v"])
        for recorder in self.recorders:
            recorder.events.append(("return", self._calling, (), None, None))

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
        # With recorders, the value comes with the return event, sent from
        # inside the answer's event loop the moment the function returned
        # (_return); the reply then only ends the request.
        returns = bool(self.recorders)
        self._calling, self._returned = fn.name, _EXPECTED if returns else None
        try:
            reply = self._request({"op": "call", "fn": fn.name, "returns": returns,
                                   "args": [_plain_encode(a) for a in args],
                                   "kwargs": {str(k): _plain_encode(v) for k, v in kwargs.items()}})
        finally:
            self._calling, returned, self._returned = None, self._returned, None
        if "raised" in reply:
            raise self._raised(reply["raised"], "calling %s(%s)" % (fn.name, shown))
        if returned is _EXPECTED or (not returns and "v" not in reply):
            raise AnswerGone("sent a malformed reply")
        _mirror(args, reply.get("args_after"))
        return returned if returns else _plain_decode(reply["v"])

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
            reply = self._request({"op": "probe", "fn": name, "returns": False,
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

