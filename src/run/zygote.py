# idiom zygote: one warm Python (asyncio and friends already imported) that
# forks one sandboxed child per behavioural check, on request from the C side
# (src/run/runner.c) over a SOCK_SEQPACKET socket on fd 3.  Runs inside
# bubblewrap; each check gets its own user, mount and PID namespace, a fresh
# tmpfs at /tmp (its scratch), rlimits, a seccomp filter, then the harness.
#
# Per check:  zygote --fork--> supervisor (new user+mount+pid namespaces,
# scratch tmpfs, wall clock) --fork--> check (PID 1 of its namespace: when it
# ends, the kernel kills everything it started).  The protocol is described
# in docs/harness.md; the C side is the only peer.
import array
import ast
import asyncio
import collections
import contextlib
import ctypes
import dataclasses
import enum
import functools
import inspect
import io
import itertools
import json
import math
import os
import random
import re
import resource
import select
import signal
import socket
import string
import sys
import textwrap
import time
import traceback
import types
import typing

CLONE_NEWNS = 0x00020000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
MS_NOSUID, MS_NODEV, MS_NOEXEC = 2, 4, 8
PR_SET_DUMPABLE = 4
PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2
CTRL_FD = 3
MAX_MESSAGE = 1 << 20
MESSAGE_CAP = 600

libc = ctypes.CDLL(None, use_errno=True)
SECCOMP_BPF = b""


def _oserror(what):
    err = ctypes.get_errno()
    return OSError(err, "%s: %s" % (what, os.strerror(err)))


# ---------------------------------------------------------------- harness API

class AnswerError(Exception):
    """The learner's code failed (raised, exited); LINE is in the answer."""

    def __init__(self, message, line=None):
        super().__init__(message)
        self.message = message
        self.line = line


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
        for i, event in enumerate(self.events):
            if event[0] == kind and event[1] == name:
                return i
        return -1

    def called(self, name):
        return self._index("call", name) >= 0

    def awaited(self, name):
        """True when NAME's coroutine ran to its end."""
        return self._index("end", name) >= 0

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
        return [[kind, name] for kind, name, _, _ in self.events if kind != "call"]


class Outcome:
    def __init__(self, ok, value=None, error=None, line=None):
        self.ok, self.value, self.error, self.line = ok, value, error, line


class Harness:
    """What a harness's grade(h) gets; see docs/harness.md."""
    current = None
    AnswerError = AnswerError

    def __init__(self, source, answer_name):
        self.source = source
        self.answer_name = answer_name
        self.checks = []
        self.notes = {}
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
        return "%s: %s" % (name, text) if text else name

    def load(self):
        """Runs the answer as module `answer`; returns the module.  Raises
        AnswerError when the answer's top level raises or exits."""
        module = types.ModuleType("answer")
        module.__file__ = self.answer_name
        sys.modules["answer"] = module
        code = compile(self.source, self.answer_name, "exec")
        try:
            exec(code, module.__dict__)
        except BaseException as exc:	# SystemExit and KeyboardInterrupt too
            line = self._answer_line(exc.__traceback__)
            raise AnswerError("running the file stopped: " + self._describe(exc), line)
        return module

    def find_function(self, module, name, *aliases):
        """Returns (function, the name it was found under) or (None, None)."""
        for candidate in (name,) + aliases:
            value = module.__dict__.get(candidate)
            if callable(value):
                return value, candidate
        return None, None

    def recorder(self):
        return Recorder()

    def call(self, fn, *args):
        """Calls FN (awaiting it with asyncio.run when it returns an
        awaitable); returns an Outcome, never raises for the answer's errors."""
        try:
            value = fn(*args)
            if inspect.isawaitable(value):
                value = asyncio.run(_await(value))
            return Outcome(True, value)
        except BaseException as exc:
            return Outcome(False, error=self._describe(exc),
                           line=self._answer_line(exc.__traceback__))

    def line_of(self, obj):
        code = getattr(obj, "__code__", None)
        return code.co_firstlineno if code else None

    def check(self, criterion, passed, message="", line=None):
        self.checks.append({"criterion": str(criterion), "pass": bool(passed),
                            "line": line if isinstance(line, int) else None,
                            "message": _short(message)})

    def note(self, key, value):
        self.notes[str(key)] = value


async def _await(awaitable):
    return await awaitable


# ---------------------------------------------------------------- the check

def _write_all(fd, data):
    while data:
        n = os.write(fd, data)
        data = data[n:]


def _set_limits(hdr):
    cpu = max(1, int(math.ceil(hdr["cpu_s"])))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    if hdr["memory"]:
        resource.setrlimit(resource.RLIMIT_AS, (hdr["memory"], hdr["memory"]))
    resource.setrlimit(resource.RLIMIT_NPROC, (hdr["processes"], hdr["processes"]))
    resource.setrlimit(resource.RLIMIT_FSIZE, (hdr["file_bytes"], hdr["file_bytes"]))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
    if hdr.get("fault") == "setrlimit":
        raise OSError(1, "setrlimit: injected failure")


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                ("inheritable", ctypes.c_uint32)]


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _lock_down():
    """Drops every capability the new user namespace gave us, forbids gaining
    privileges, and installs the seccomp filter the C side compiled."""
    header = _CapHeader(0x20080522, 0)
    data = (_CapData * 2)()
    if libc.capset(ctypes.byref(header), data) != 0:
        raise _oserror("capset")
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise _oserror("prctl(NO_NEW_PRIVS)")
    if SECCOMP_BPF:
        buf = ctypes.create_string_buffer(SECCOMP_BPF, len(SECCOMP_BPF))
        prog = _SockFprog(len(SECCOMP_BPF) // 8, ctypes.cast(buf, ctypes.c_void_p))
        if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
            raise _oserror("seccomp")


def _check_main(hdr, harness_src, answer_src, out_fd, verdict_fd):
    """PID 1 of the check's namespace.  Never returns."""
    token = hdr["token"]

    def send(obj):
        obj = dict(obj)
        obj["token"] = token
        _write_all(verdict_fd, (json.dumps(obj) + "\n").encode())

    try:
        os.setsid()
        if libc.mount(b"proc", b"/proc", b"proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, None) != 0:
            raise _oserror("mount /proc")
        null = os.open("/dev/null", os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(out_fd, 1)
        os.dup2(out_fd, 2)
        keep = sorted({0, 1, 2, verdict_fd})
        prev = 2
        for fd in keep[3:]:
            os.closerange(prev + 1, fd)
            prev = fd
        os.closerange(prev + 1, 65536)
        os.chdir("/tmp")
        os.environ.clear()
        os.environ.update({"HOME": "/tmp", "TMPDIR": "/tmp", "PATH": "/usr/bin:/bin",
                           "LANG": "C.UTF-8"})
        _set_limits(hdr)
        _lock_down()
        for name in ("stdout", "stderr"):
            stream = io.TextIOWrapper(io.FileIO(1 if name == "stdout" else 2, "w", closefd=False),
                                      encoding="utf-8", errors="backslashreplace",
                                      write_through=True)
            setattr(sys, name, stream)
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False))
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    except BaseException as exc:
        send({"internal": "sandbox setup failed: %s" % _short(exc)})
        os._exit(70)
    code = 0
    try:
        verdict = _grade(hdr, harness_src, answer_src)
    except BaseException as exc:	# the answer broke the harness itself
        verdict = {"error": "the check stopped: %s" % _short(
            "".join(traceback.format_exception_only(type(exc), exc)).strip())}
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:
        pass
    try:
        send(verdict)
    except BaseException:
        code = 71
    os._exit(code)


def _grade(hdr, harness_src, answer_src):
    answer_name = hdr["answer_name"]
    try:
        compile(answer_src, answer_name, "exec")
    except SyntaxError as exc:
        return {"syntax_error": {"line": exc.lineno, "column": exc.offset,
                                 "message": _short(exc.msg)}}
    except (ValueError, MemoryError, RecursionError) as exc:
        return {"syntax_error": {"line": None, "column": None,
                                 "message": _short(exc)}}
    namespace = {"__name__": "__harness__", "__file__": hdr["harness_name"]}
    exec(compile(harness_src, hdr["harness_name"], "exec"), namespace)
    grade = namespace.get("grade")
    if not callable(grade):
        return {"error": "harness %s defines no grade(h)" % hdr["harness_name"]}
    h = Harness(answer_src, answer_name)
    grade(h)
    return {"checks": h.checks, "notes": h.notes}


def _write_map(path, text):
    fd = os.open(path, os.O_WRONLY)
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)


def _enter_namespaces(hdr):
    """Gives this process its own user, mount and (for its next child) PID
    namespace, and a fresh size-capped tmpfs at /tmp: the check's scratch."""
    uid, gid = os.getuid(), os.getgid()
    if hdr.get("fault") == "unshare" or libc.unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID) != 0:
        raise _oserror("unshare")
    # Our own /proc/self/*_map are writable only while dumpable; no check
    # can see this process (its PID namespace is below us), so briefly is safe.
    libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)
    _write_map("/proc/self/setgroups", "deny")
    _write_map("/proc/self/uid_map", "%d %d 1" % (uid, uid))
    _write_map("/proc/self/gid_map", "%d %d 1" % (gid, gid))
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    opts = ("size=%d,mode=0700,nr_inodes=4096" % hdr["scratch_bytes"]).encode()
    if libc.mount(b"scratch", b"/tmp", b"tmpfs", MS_NOSUID | MS_NODEV, opts) != 0:
        raise _oserror("mount scratch")


def _supervise(sock, hdr, harness_src, answer_src, out_fd, verdict_fd):
    """The supervisor: one per check.  Never returns."""
    reply = {"id": hdr["id"]}
    try:
        _enter_namespaces(hdr)
        pid = os.fork()
        if pid == 0:
            sock.close()
            _check_main(hdr, harness_src, answer_src, out_fd, verdict_fd)
        os.close(out_fd)
        os.close(verdict_fd)
        pidfd = os.pidfd_open(pid)
        ready, _, _ = select.select([pidfd], [], [], hdr["wall_s"])
        if not ready:
            os.kill(pid, signal.SIGKILL)	# PID 1: takes its namespace with it
        _, status, usage = os.wait4(pid, 0)
        reply["cpu_ms"] = round((usage.ru_utime + usage.ru_stime) * 1000, 3)
        if not ready:
            reply["status"] = "timeout"
        elif os.WIFSIGNALED(status):
            reply["status"] = "signaled"
            reply["signal"] = os.WTERMSIG(status)
        else:
            reply["status"] = "exited"
            reply["code"] = os.WEXITSTATUS(status)
    except BaseException as exc:
        reply = {"id": hdr["id"], "status": "error", "message": _short(exc)}
    try:
        sock.send(json.dumps(reply).encode())
        os._exit(0)
    finally:
        os._exit(1)


def _serve_one(sock, msg, fds):
    head, _, body = msg.partition(b"\n")
    hdr = json.loads(head)
    hlen = hdr["harness_len"]
    harness_src = body[:hlen].decode("utf-8", "replace")
    answer_src = body[hlen:hlen + hdr["answer_len"]].decode("utf-8", "replace")
    out_fd, verdict_fd = fds
    try:
        if hdr.get("fault") == "fork":
            raise OSError(11, "fork: injected failure")
        pid = os.fork()
    except OSError as exc:
        os.close(out_fd)
        os.close(verdict_fd)
        sock.send(json.dumps({"id": hdr["id"], "status": "error",
                              "message": "fork failed: %s" % exc}).encode())
        return
    if pid == 0:
        _supervise(sock, hdr, harness_src, answer_src, out_fd, verdict_fd)
    os.close(out_fd)	# only the check may hold the write ends, so EOF means done
    os.close(verdict_fd)
    _, status = os.waitpid(pid, 0)
    if status != 0:	# the supervisor could not even reply
        sock.send(json.dumps({"id": hdr["id"], "status": "error",
                              "message": "check supervisor failed (status %d)" % status}).encode())


def _self_test():
    """Proves the per-check namespaces work here before saying ready."""
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            _enter_namespaces({"scratch_bytes": 1 << 20})
        except BaseException as exc:
            os.write(2, ("%s\n" % exc).encode())
            code = 1
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    return status == 0


def main():
    global SECCOMP_BPF
    sock = socket.socket(fileno=CTRL_FD)
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)	# no ptrace or /proc peeking by checks
    msg, fds, _, _ = socket.recv_fds(sock, MAX_MESSAGE, 4)
    hello = json.loads(msg.partition(b"\n")[0])
    SECCOMP_BPF = msg.partition(b"\n")[2][:hello["bpf_len"]]
    if not _self_test():
        sock.send(json.dumps({"ready": False, "message":
                              "cannot create namespaces for a check"}).encode())
        return
    sock.send(json.dumps({"ready": True, "pid": os.getpid(),
                          "python": sys.version.split()[0]}).encode())
    null = os.open("/dev/null", os.O_WRONLY)
    os.dup2(null, 2)
    os.close(null)
    while True:
        msg, fds, _, _ = socket.recv_fds(sock, MAX_MESSAGE, 4)
        if not msg:
            return
        if len(fds) != 2:
            for fd in fds:
                os.close(fd)
            continue
        _serve_one(sock, msg, fds)


main()
