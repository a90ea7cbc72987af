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
import array
import ast
import asyncio
import collections
import contextlib
import ctypes
import dataclasses
import enum
import functools
import gc
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
import warnings

CLONE_NEWNS = 0x00020000
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


def _check_main(hdr, harness_src, answer_src, out_fd, verdict_fd):
    """PID 1 of the check's namespace.  Never returns."""
    token = hdr["token"]

    def send(obj):
        obj = dict(obj)
        obj["token"] = token
        _write_all(verdict_fd, (json.dumps(obj) + "\n").encode())

    try:
        os.setsid()
        _mount_private(hdr)
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
        warnings.showwarning = _warning_printer(hdr["answer_name"])
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    except BaseException as exc:
        send({"internal": "sandbox setup failed: %s" % _short(exc)})
        os._exit(70)
    code = 0
    try:
        harness_code = _harness_code(hdr["harness_name"], harness_src)
    except (SyntaxError, ValueError) as exc:
        send({"internal": "the harness %s does not compile: %s" % (hdr["harness_name"], _short(exc))})
        os._exit(0)
    try:
        verdict = _grade(hdr, harness_code, answer_src)
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
    os._exit(code)


def _grade(hdr, harness_code, answer_src):
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
    exec(harness_code, namespace)
    grade = namespace.get("grade")
    if not callable(grade):
        return {"error": "harness %s defines no grade(h)" % hdr["harness_name"]}
    h = Harness(answer_src, answer_name)
    grade(h)
    return {"checks": h.checks, "notes": h.notes}


_HARNESS_CODE = {}


def _harness_code(name, source):
    """The compiled harness; the zygote compiles each one once, before the
    fork, so checks share it.  (Harnesses are trusted; answers are compiled
    only inside the check.)"""
    key = (name, source)
    code = _HARNESS_CODE.get(key)
    if code is None:
        if len(_HARNESS_CODE) > 32:
            _HARNESS_CODE.clear()
        code = _HARNESS_CODE[key] = compile(source, name, "exec")
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


# clone(2) with new user, mount and PID namespaces: the child is PID 1 of its
# own namespace, so when it ends the kernel kills everything it started.  One
# process instead of fork + unshare + fork saves a copy of the warm heap.
SYS_CLONE = {"x86_64": 56, "aarch64": 220}.get(os.uname().machine)
SIGCHLD = 17
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
    pid = libc.syscall(SYS_CLONE, CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | SIGCHLD, 0, 0, 0, 0)
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


def _supervise(pid, wall_s):
    """Waits for the check, killing it at the wall limit; returns the reply."""
    pidfd = os.pidfd_open(pid)
    try:
        ready, _, _ = select.select([pidfd], [], [], wall_s)
        if not ready:
            os.kill(pid, signal.SIGKILL)	# PID 1: takes its namespace with it
        _, status, usage = os.wait4(pid, 0)
    finally:
        os.close(pidfd)
    reply = {"cpu_ms": round((usage.ru_utime + usage.ru_stime) * 1000, 3)}
    if not ready:
        reply["status"] = "timeout"
    elif os.WIFSIGNALED(status):
        reply["status"] = "signaled"
        reply["signal"] = os.WTERMSIG(status)
    else:
        reply["status"] = "exited"
        reply["code"] = os.WEXITSTATUS(status)
    return reply


def _read_sources(fd, length):
    """The harness and the answer, from the memfd the C side sent."""
    chunks, offset = [], 0
    while offset < length:
        chunk = os.pread(fd, length - offset, offset)
        if not chunk:
            break
        chunks.append(chunk)
        offset += len(chunk)
    return b"".join(chunks)


def _serve_one(sock, msg, fds):
    out_fd, verdict_fd, src_fd = fds
    try:
        hdr = json.loads(msg.partition(b"\n")[0])
        hlen = hdr["harness_len"]
        body = _read_sources(src_fd, hlen + hdr["answer_len"])
    finally:
        os.close(src_fd)
    harness_src = body[:hlen].decode("utf-8", "replace")
    answer_src = body[hlen:].decode("utf-8", "replace")
    try:
        _harness_code(hdr["harness_name"], harness_src)
    except (SyntaxError, ValueError):
        pass	# reported by the check itself, as an error in the harness
    if hdr.get("fault") == "hang":	# test hook: a zygote that stops answering
        time.sleep(3600)
    try:
        pid = _clone_check(hdr, lambda: _check_main(hdr, harness_src, answer_src,
                                                     out_fd, verdict_fd))
    except OSError as exc:
        pid = None
        reply = {"status": "error", "message": str(exc)}
    finally:
        os.close(out_fd)	# only the check may hold the write ends, so EOF means done
        os.close(verdict_fd)
    if pid is not None:
        reply = _supervise(pid, hdr["wall_s"])
    reply["id"] = hdr["id"]
    sock.send(json.dumps(reply).encode())


def _self_test():
    """Proves the per-check namespaces work here before saying ready.
    Returns None, or what went wrong."""
    err_r, err_w = os.pipe()

    def child():
        code = 0
        try:
            _mount_private({"scratch_bytes": 1 << 20})
        except BaseException as exc:
            os.write(err_w, str(exc).encode()[:500])
            code = 1
        os._exit(code)

    try:
        pid = _clone_check({}, child)
    except OSError as exc:
        return str(exc)
    finally:
        os.close(err_w)
    _, status = os.waitpid(pid, 0)
    problem = os.read(err_r, 600).decode("utf-8", "replace")
    os.close(err_r)
    return None if status == 0 else problem or "status %d" % status


def main():
    global SECCOMP_BPF
    sock = socket.socket(fileno=CTRL_FD)
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)	# no ptrace or /proc peeking by checks
    msg, fds, _, _ = socket.recv_fds(sock, MAX_MESSAGE, 4)
    hello = json.loads(msg.partition(b"\n")[0])
    SECCOMP_BPF = msg.partition(b"\n")[2][:hello["bpf_len"]]
    problem = _self_test()
    if problem:
        sock.send(json.dumps({"ready": False, "message":
                              "cannot create namespaces for a check: " + problem}).encode())
        return
    sock.send(json.dumps({"ready": True, "pid": os.getpid(),
                          "python": sys.version.split()[0]}).encode())
    # Everything imported so far lives on in every check: keep the collector
    # off it, so a check's first collection does not touch (and copy) every page.
    gc.collect()
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
    while True:
        msg, fds, _, _ = socket.recv_fds(sock, MAX_MESSAGE, 4)
        if not msg:
            return
        if len(fds) != 3:
            for fd in fds:
                os.close(fd)
            continue
        _serve_one(sock, msg, fds)


main()
