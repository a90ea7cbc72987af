# idiom supervisor (the zygote): one warm Python (asyncio and friends already imported) that
# starts one sandboxed child per behavioural check, on request from the C side
# (src/run/runner.c) over a SOCK_SEQPACKET socket on fd 3.  Runs inside
# bubblewrap; each check gets its own user, mount and PID namespace, a fresh
# tmpfs at /tmp (its scratch), rlimits, a seccomp filter, then the harness.
#
# Per check:  zygote --clone(new user+mount+pid namespaces)--> check (PID 1
# of its namespace: when it ends, the kernel kills everything it started);
# the zygote keeps the wall clock and replies.  The protocol is described in
# docs/harness.md; the C side is the only peer.  Security-critical: the
# sandbox, limits and verdict channel are set up here.  The harness API
# (src/run/harness_api.py) is run just before this file, in the same
# program: Harness, AnswerError and _short come from there.  The keys sent
# back (reply "status", verdict keys) are the ones src/run/outcome.c reads.
# Modules imported here are warm in every check; those the program itself
# does not need before its first check (dataclasses) are imported after
# that check's reply instead (_settle).
import array
import ast
import asyncio
import collections
import contextlib
import ctypes
import enum
import fcntl
import errno
import functools
import gc
import inspect
import io
import itertools
import json
import marshal
import math
import os
import random
import re
import resource
import select
import signal
import socket
import string
import struct
import sys
import textwrap
import time
import traceback
import types
import typing
import warnings

CLONE_NEWNS = 0x00020000
CLONE_NEWIPC = 0x08000000
CLONE_NEWNET = 0x40000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
MS_NOSUID, MS_NODEV, MS_NOEXEC = 2, 4, 8
PR_SET_DUMPABLE = 4
PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2
CTRL_FD = 3
MAX_MESSAGE = 1 << 16	# a request header, or the hello with the seccomp filter

libc = ctypes.CDLL(None, use_errno=True)
SECCOMP_BPF = b""


def _oserror(what):
    err = ctypes.get_errno()
    return OSError(err, "%s: %s" % (what, os.strerror(err)))


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


def _warning_printer(answer_name):
    """Warnings as the learner should read them: with a place only when it
    is in their answer.  Python's own form names where the warning fired,
    which for "coroutine ... was never awaited" is wherever the object was
    collected (inside idiom, "<string>:388"), and adds a tracemalloc hint
    that cannot be followed in the sandbox."""
    def show(message, category, filename, lineno, file=None, line=None):
        where = "%s:%s: " % (answer_name, lineno) if filename == answer_name else ""
        try:
            sys.stderr.write("%s%s: %s\n" % (where, category.__name__, message))
        except (OSError, ValueError):
            pass
    return show


def _keep_nice():
    """A new session is a new autogroup, which the kernel's scheduler weighs
    as much as any other session, whatever the nice value inside it: give
    it this process's own nice (inherited from the server's check lane), so
    checks yield to a server's interactive threads.  Lowering needs no
    privilege; where /proc refuses, nothing changes."""
    nice = os.getpriority(os.PRIO_PROCESS, 0)
    if nice <= 0:
        return
    # /proc/self is ours to write only while we are dumpable; only trusted
    # code runs here (no answer has arrived), and we are not dumpable after.
    libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)
    try:
        with contextlib.suppress(OSError):
            with open("/proc/self/autogroup", "w") as f:
                f.write(str(nice))
    finally:
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def _check_setup(limits, keep_fd):
    """The sandbox of a check, made before its request (see "prepared
    checks" below): session, scratch and /proc, descriptors (all but 0-2
    and KEEP_FD closed; 0-2 on /dev/null until the request brings the
    output pipe), environment, rlimits, capabilities and seccomp."""
    # Not dumpable: an answer in this namespace can neither read nor
    # write the judge's memory through /proc (and seccomp refuses ptrace).
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    os.setsid()
    _keep_nice()
    _mount_private(limits)
    null = os.open("/dev/null", os.O_RDONLY)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.closerange(3, keep_fd)
    os.closerange(keep_fd + 1, 65536)
    os.chdir("/tmp")
    os.environ.clear()
    os.environ.update({"HOME": "/tmp", "TMPDIR": "/tmp", "PATH": "/usr/bin:/bin",
                       "LANG": "C.UTF-8"})
    _set_limits(limits)
    _lock_down()
    for name in ("stdout", "stderr"):
        stream = io.TextIOWrapper(io.FileIO(1 if name == "stdout" else 2, "w", closefd=False),
                                  encoding="utf-8", errors="backslashreplace",
                                  write_through=True)
        setattr(sys, name, stream)
    sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False))
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _check_main(hdr, token, harness_src, answer_src, verdict_fd, problem):
    """PID 1 of the check's namespace (the judge), once its request came:
    stdout and stderr are the output pipe.  PROBLEM: what went wrong while
    its sandbox was prepared, or None.  TOKEN is a bytearray the answer's
    process never held.  Never returns."""

    def send(obj):
        obj = _fit_verdict(obj)
        obj["token"] = token.decode()
        _write_all(verdict_fd, (json.dumps(obj) + "\n").encode())

    if problem is not None:
        send({"internal": problem})
        os._exit(70)
    warnings.showwarning = _warning_printer(hdr["answer_name"])
    if hdr.get("seed"):
        _seed_random(str(hdr["seed"]))
    code = 0
    try:
        harness_code = _harness_code(hdr["harness_name"], harness_src)
    except (SyntaxError, ValueError) as exc:
        send({"internal": "the harness %s does not compile: %s" % (hdr["harness_name"], _short(exc))})
        os._exit(0)
    _answer_hand(hdr, answer_src, harness_code)
    try:
        verdict = _grade(hdr, token, harness_code, answer_src, verdict_fd)
    except AnswerError as err:	# the answer cannot run: status error
        verdict = {"error": _short(str(err)), "line": err.line}
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
    if code == 0:
        _done_report(verdict_fd)
        if hdr.get("fault") == "linger":	# test hook: a judge slow to exit
            time.sleep(30)
    os._exit(code)


def _grade(hdr, token, harness_code, answer_src, verdict_fd):
    answer_name = hdr["answer_name"]
    try:
        compile(answer_src, answer_name, "exec")
    except SyntaxError as exc:
        return {"syntax_error": {"line": exc.lineno, "column": exc.offset,
                                 "message": _short(exc.msg)}}
    except (ValueError, MemoryError, RecursionError) as exc:
        return {"syntax_error": {"line": None, "column": None,
                                 "message": _short(exc)}}
    namespace = {"__name__": "__harness__", "__file__": hdr["harness_name"],
                 "__builtins__": __builtins__,	# the private copy (harness_api.py)
                 "__harness_code__": harness_code}	# for an answer's process made ahead
    exec(harness_code, namespace)
    grade = namespace.get("grade")
    if not callable(grade):
        return {"error": "harness %s defines no grade(h)" % hdr["harness_name"]}
    owns = namespace.get("OWNS")
    if owns is not None:
        return _judge(hdr, token, namespace, owns, answer_src, verdict_fd)
    _done_close()	# the answer runs in this process: its end is PID 1's exit
    h = Harness(answer_src, answer_name)
    grade(h)
    return {"checks": h.checks, "notes": h.notes}


VERDICT_ROOM = 200 * 1024	# under IDIOM_VERDICT_MAX (256 KiB), with room for the token
CHECKS_MAX = 400	# most checks one verdict carries


def _clean(value, depth=0):
    """VALUE as JSON the C side reads: strings with any lone surrogate shown
    as \\udXXX text, integers beyond 2^53 as text, anything else as its
    repr.  An honest answer's odd bytes are shown, never taken for tampering."""
    t = type(value)
    if value is None or t is bool or t is float and math.isfinite(value):
        return value
    if t is int:
        return value if abs(value) < (1 << 53) else _short(repr(value), 40)
    if t is str:
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if depth < 20 and t in (list, tuple):
        return [_clean(v, depth + 1) for v in value]
    if depth < 20 and t is dict:
        return {_clean(str(k)): _clean(v, depth + 1) for k, v in value.items()}
    return _clean(_short(repr(value)))


def _fit_verdict(verdict):
    """The verdict, cleaned and cut to fit the verdict channel: checks keep
    their line only when it is a plausible one; notes too large are
    summarised; past CHECKS_MAX, checks are summarised per criterion."""
    verdict = {k: _clean(v) for k, v in verdict.items()}
    if "line" in verdict:
        verdict["line"] = _line(verdict["line"])
    checks = verdict.get("checks")
    if type(checks) is list:
        for check in checks:
            if type(check) is dict:
                check["line"] = _line(check.get("line"))
        if len(checks) > CHECKS_MAX:
            kept = checks[:CHECKS_MAX]
            for check in checks[CHECKS_MAX:]:
                if not check.get("pass"):
                    kept.append(check)
                    if len(kept) > 2 * CHECKS_MAX:
                        break
            verdict["checks"] = kept
    if len(json.dumps(verdict)) > VERDICT_ROOM:
        notes = verdict.get("notes") or {}
        verdict["notes"] = {k: "(%d bytes, too large to keep)" % len(json.dumps(v))
                            for k, v in notes.items()}
    if len(json.dumps(verdict)) > VERDICT_ROOM and type(checks) is list:
        for check in verdict["checks"]:
            check["message"] = _short(check.get("message", ""), 80)
        verdict["checks"] = verdict["checks"][:1000]
    return verdict


# ------------------------------------------------------ the judge and answer

def _judge(hdr, token, namespace, owns, answer_src, verdict_fd):
    """Runs GRADE in this process (the judge) against the answer running in
    a forked process of its own that holds neither the verdict channel nor
    the token.  Every criterion in OWNS gets at least one check: one the
    harness never judged fails closed."""
    owns = [str(c) for c in owns]
    grade = namespace["grade"]
    pid, judge_end, outputs = _answer_pair(hdr, token, answer_src, namespace)
    output = AnswerOutput(outputs, judge_end.fileno())
    h = Judge(answer_src, hdr["answer_name"], _Channel(judge_end.fileno(), output))
    h._answer_pid = pid
    try:
        grade(h)
    except AnswerGone as gone:
        output.drain()
        output.close()
        judge_end.close()
        return _answer_ended(pid, gone)
    except AnswerError as err:
        if not err.context:	# h.load: the answer cannot run at all
            raise
        judged = {c["criterion"] for c in h.checks}
        for criterion in owns:	# h.call: fails what the call was to judge
            if criterion not in judged:
                h.check(criterion, False, str(err), err.line)
    finally:
        if judge_end.fileno() >= 0:
            output.drain()	# what it wrote after its last reply is shown too
            output.close()	# the output pipe is the judge's alone: it ends with the verdict
            judge_end.close()
        _reap(pid)
    checked = {c["criterion"] for c in h.checks}
    for criterion in owns:
        if criterion not in checked:
            h.check(criterion, False, "not judged: the check saw nothing of the answer "
                    "to judge this by")
    return {"checks": h.checks, "notes": h.notes}


def _reap(pid):
    """Ends the answer's process (and, it being its group's only member
    that may remain, whatever it started is killed with the namespace).
    Not waited for: it can run nothing more once SIGKILL is sent, its
    teardown overlaps the verdict's, and PID 1's exit collects it."""
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _answer_ended(pid, gone):
    """The verdict when the answer's process went away (or stopped keeping
    to the protocol) mid-check: killed by a signal, exited, or cut off."""
    if not gone.ended:
        _reap(pid)
        return {"error": "the answer interfered with its check: it %s" % gone}
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return {"error": "the answer's process ended"}
    if os.WIFSIGNALED(status):
        return {"killed": os.WTERMSIG(status)}
    return {"ended": os.WEXITSTATUS(status)}


def _answer_process(hdr, token, answer_src, fd, namespace):
    """The forked answer: zeroes its copy of the token, keeps only stdin,
    stdout, stderr and its end of the channel, then serves the judge.
    Never returns."""
    code = 0
    try:
        token[:] = bytes(len(token))
        if fd != 3:
            os.dup2(fd, 3)
            os.close(fd)
        os.closerange(4, 65536)
        _answer_agent(_Channel(3), hdr["answer_name"], answer_src, namespace)
    except BaseException:
        code = 75
    os._exit(code)


def _agent_reply(chan, h, req, state):
    op = req.get("op")
    h.recorders[0].active = req.get("returns") is not False
    if op == "load":
        if h.module is not None:	# loaded already (by a probe): the same module
            return {"ok": True}
        try:
            h.load_module()
        except AnswerError as err:
            return {"raised": {"message": err.message, "line": err.line}}
        return {"ok": True}
    if op == "probe":
        return _agent_probe(h, req, state["harness"])
    module = h.module
    if module is None:
        return {"raised": {"message": "the answer is not loaded"}}
    if op == "stub":
        module.__dict__[str(req.get("name"))] = _agent_stub(chan, str(req.get("name")),
                                                            h.answer_name)
        return {"ok": True}
    if op == "find":
        fn, found = h.find_function(module, *[str(n) for n in req.get("names") or ["?"]])
        if fn is None:
            return {"found": None}
        state["functions"][found] = fn
        return {"found": found, "async": inspect.iscoroutinefunction(fn), "line": h.line_of(fn)}
    if op == "call":
        fn = state["functions"].get(req.get("fn"))
        args = [_plain_decode(a) for a in req.get("args") or []]
        kwargs = {k: _plain_decode(v) for k, v in (req.get("kwargs") or {}).items()}
        try:
            value = h.call(fn, *args, **kwargs)
        except AnswerError as err:
            return {"raised": {"message": err.message, "line": err.line}}
        reply = {"args_after": [_plain_encode(a) for a in args]}
        if not h.recorders[0].active:	# else the value went with the return event
            reply["v"] = _plain_encode(value)
        return reply
    return {"raised": {"message": "unknown request"}}


def _agent_probe(h, req, namespace):
    """Runs the harness's probe REQ["fn"] here, beside the answer; its
    result goes back as plain data, an exception as what was raised."""
    fn = namespace.get(str(req.get("fn")))
    if not isinstance(fn, types.FunctionType):
        return {"raised": {"message": "the harness has no probe %s" % _short(req.get("fn"), 60)}}
    args = [_plain_decode(a) for a in req.get("args") or []]
    kwargs = {str(k): _plain_decode(v) for k, v in (req.get("kwargs") or {}).items()}
    try:
        value = fn(h, *args, **kwargs)
    except AnswerError as err:
        return {"raised": {"message": err.message, "line": err.line,
                           "load": not err.context}}
    except BaseException as exc:	# the answer's code raised inside the probe
        return {"raised": {"message": h._describe(exc), "line": h.answer_line(exc)}}
    return {"v": _plain_encode(value)}


def _agent_loop(chan, h, namespace):
    state = {"functions": {}, "harness": namespace}
    while True:
        req = chan.recv()
        if req is None:
            return
        chan.send(_agent_reply(chan, h, req, state))


def _answer_agent(chan, answer_name, answer_src, namespace):
    """Serves the judge's requests: load the answer, install stubs, find and
    call functions.  Everything here runs beside the answer and is trusted
    by nobody: the judge reads only the plain data it sends."""
    # The program's globals (the channel, the encoder, the private builtins)
    # are not the answer's to find under sys.modules["__main__"].
    sys.modules["__main__"] = types.ModuleType("__main__")
    # Readable by the judge (same user, no capability needed): h.answer_fds
    # lists this process's descriptors from outside.  The judge itself stays
    # undumpable, so this gives the answer nothing of the judge's.
    libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)
    chan.encode = _json_text	# json patched here cannot rewrite what we send
    h = Harness(answer_src, answer_name)
    h.recorders.append(_ReturnSignal(chan))
    try:
        _agent_loop(chan, h, namespace)
    except AnswerGone:
        pass


_HARNESS_CODE = {}
_HARNESS_MARSHAL = {}	# id of a code in _HARNESS_CODE: its marshalled bytes


def _harness_code(name, source):
    """The compiled harness; the zygote compiles each one once, before the
    fork, so checks share it.  (Harnesses are trusted; answers are compiled
    only inside the check.)"""
    key = (name, source)
    code = _HARNESS_CODE.get(key)
    if code is None:
        if len(_HARNESS_CODE) > 32:
            _HARNESS_CODE.clear()
            _HARNESS_MARSHAL.clear()
        code = _HARNESS_CODE[key] = compile(source, name, "exec")
        _HARNESS_MARSHAL[id(code)] = marshal.dumps(code)	# what an answer's process runs
    return code


def _write_map(path, text):
    fd = os.open(path, os.O_WRONLY)
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)


def _mount_private(hdr):
    """In the check's own mount namespace: a fresh size-capped tmpfs at /tmp
    (its scratch, gone with the namespace) and a /proc of its PID namespace."""
    opts = ("size=%d,mode=0700,nr_inodes=4096" % hdr["scratch_bytes"]).encode()
    if libc.mount(b"scratch", b"/tmp", b"tmpfs", MS_NOSUID | MS_NODEV, opts) != 0:
        raise _oserror("mount scratch")
    if libc.mount(b"proc", b"/proc", b"proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, None) != 0:
        raise _oserror("mount /proc")


# clone(2) with new user, mount, PID, IPC and net namespaces: the child is PID 1 of its
# own namespace, so when it ends the kernel kills everything it started.  One
# process instead of fork + unshare + fork saves a copy of the warm heap.
SYS_CLONE = {"x86_64": 56, "aarch64": 220}.get(os.uname().machine)
SIGCHLD = 17
# Per check: its own user, mount, PID, IPC (a SysV segment dies with its
# check) and network namespaces.
CHECK_NAMESPACES = CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWNET
libc.syscall.restype = ctypes.c_long


def _clone_check(hdr, child):
    """Starts CHILD() in a new user, mount and PID namespace; returns its
    pid.  CHILD never returns.  Raises OSError."""
    fault = hdr.get("fault")
    if fault == "fork":
        raise OSError(11, "fork failed: injected failure")
    if fault == "unshare" or SYS_CLONE is None:
        raise OSError(1, "unshare (clone with new namespaces): %s" %
                      ("injected failure" if fault else "unsupported machine"))
    uid, gid = os.getuid(), os.getgid()
    go_r, go_w = os.pipe()
    # The child's /proc/PID/*_map are ours to write only while it is dumpable,
    # and it inherits that from us; no check can see us (its PID namespace is
    # below ours) and seccomp refuses ptrace, so briefly is safe.
    libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)
    ctypes.pythonapi.PyOS_BeforeFork()
    pid = libc.syscall(SYS_CLONE, CHECK_NAMESPACES | SIGCHLD, 0, 0, 0, 0)
    if pid == 0:
        ctypes.pythonapi.PyOS_AfterFork_Child()
        os.close(go_w)
        if os.read(go_r, 1) != b"g":
            os._exit(72)
        os.close(go_r)
        child()
        os._exit(73)
    err = ctypes.get_errno()
    ctypes.pythonapi.PyOS_AfterFork_Parent()
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    os.close(go_r)
    try:
        if pid < 0:
            raise OSError(err, "clone with new namespaces: %s" % os.strerror(err))
        _write_map("/proc/%d/setgroups" % pid, "deny")
        _write_map("/proc/%d/uid_map" % pid, "%d %d 1" % (uid, uid))
        _write_map("/proc/%d/gid_map" % pid, "%d %d 1" % (gid, gid))
        os.write(go_w, b"g")
    except OSError:
        if pid > 0:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        raise
    finally:
        os.close(go_w)
    return pid


def _done_word(done):
    """The judge's word on DONE that its verdict is written ({"code",
    "cpu_ms"}), or None: it closed the socket or ended without it."""
    try:
        word = json.loads(done.recv(256))
    except (OSError, ValueError):
        return None
    if type(word) is not dict or type(word.get("code")) is not int:
        return None
    cpu_ms = word.get("cpu_ms")
    return {"status": "exited", "code": word["code"],
            "cpu_ms": cpu_ms if type(cpu_ms) in (int, float) else 0}


def _supervise(check, wall_s):
    """Waits for CHECK (a _Prepared), killing it at the wall limit.  Returns
    the reply, and a function that reaps PID 1 after the reply when the
    judge said its verdict was written before PID 1 ended (else None)."""
    pid, deadline = check.pid, time.monotonic() + wall_s
    pidfd = os.pidfd_open(pid)
    try:
        got = _wait_check(pidfd, check.go, deadline)
    except BaseException:
        os.close(pidfd)
        raise
    if type(got) is dict:
        return got, lambda: _reap_check(pid, pidfd, check.go, deadline)
    try:
        if got == "timeout":
            os.kill(pid, signal.SIGKILL)	# PID 1: takes its namespace with it
        _, status, usage = os.wait4(pid, 0)
    finally:
        os.close(pidfd)
    ready = got == "exit"
    reply = {"cpu_ms": round((usage.ru_utime + usage.ru_stime) * 1000, 3)}
    if not ready:
        reply["status"] = "timeout"
    elif os.WIFSIGNALED(status):
        reply["status"] = "signaled"
        reply["signal"] = os.WTERMSIG(status)
    else:
        reply["status"] = "exited"
        reply["code"] = os.WEXITSTATUS(status)
    return reply, None


def _serve_one(sock, msg, n, fds):
    """MSG[:N] (a bytearray, zeroed here) is the JSON header line then the
    check's 32-character verdict token, kept out of any str or bytes; it is
    handed on to a prepared check as it is."""
    out_fd, verdict_fd, src_fd = fds
    check = reap = None
    try:
        nl = msg.find(b"\n", 0, n)
        hdr = json.loads(bytes(msg[:nl]))
        if hdr.get("fault") == "hang":	# test hook: a zygote that stops answering
            time.sleep(3600)
        check = _hand_off(hdr, msg, n, fds)
    except OSError as exc:
        reply = {"status": "error", "message": str(exc)}
    finally:
        msg[:] = bytes(len(msg))
        os.close(out_fd)	# only the check may hold the write ends, so EOF means done
        os.close(verdict_fd)
    if check is not None:
        try:
            reply, reap = _supervise(check, hdr["wall_s"])
        finally:
            if reap is None:
                check.go.close()
    reply["id"] = hdr["id"]
    sock.send(json.dumps(reply).encode())
    if reap is not None:
        reap()
    _settle()
    # Off the check's path: the harness compiled once here, so the checks
    # prepared from now on inherit it, and the pool topped up.
    try:
        hlen = hdr["harness_len"]
        _harness_code(hdr["harness_name"],
                      _read_sources(src_fd, hlen).decode("utf-8", "replace"))
    except (SyntaxError, ValueError):
        pass	# reported by the check itself, as an error in the harness
    finally:
        os.close(src_fd)
    if not hdr.get("fault"):
        _refill(hdr)




def main():
    global SECCOMP_BPF
    sock = socket.socket(fileno=CTRL_FD)
    _keep_nice()	# bwrap's --new-session made a new autogroup
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)	# no ptrace or /proc peeking by checks
    msg, fds, _, _ = socket.recv_fds(sock, MAX_MESSAGE, 4)
    hello = json.loads(msg.partition(b"\n")[0])
    SECCOMP_BPF = msg.partition(b"\n")[2][:hello["bpf_len"]]
    problem = _self_test()
    if problem:
        sock.send(json.dumps({"ready": False, "message":
                              "cannot create namespaces for a check: " + problem}).encode())
        return
    _say_ready(sock)
    # Everything imported so far lives on in every check: keep the collector
    # off it, so a check's first collection does not touch (and copy) every
    # page.  Collected first only after the first reply (_settle).
    gc.freeze()
    # Some machines' /dev/null is not writable by others (mode 0644), and
    # the sandbox runs as nobody: then a read-only descriptor stands in, so
    # the zygote's own stray writes fail quietly instead of killing it.
    try:
        null = os.open("/dev/null", os.O_WRONLY)
    except PermissionError:
        null = os.open("/dev/null", os.O_RDONLY)
    os.dup2(null, 2)
    os.close(null)
    limits = hello.get("limits")
    if type(limits) is dict and all(k in limits for k in LIMIT_KEYS):
        _refill(limits, 1)	# ready for the first check
        if hello.get("first_soon") is not True:	# none at once: the rest now, as after a reply
            _settle()
            _refill(limits)
    buf = bytearray(MAX_MESSAGE)
    while True:
        n, fds = _recv_request(sock, buf)
        if not n:
            return
        if len(fds) != 3:
            for fd in fds:
                os.close(fd)
            continue
        _serve_one(sock, buf, n, fds)


if __name__ == "__main__":	# bench/floor.py loads this file without serving
    main()
