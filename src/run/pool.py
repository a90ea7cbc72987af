# idiom's pool of prepared checks, part of the zygote's program: the binary
# runs src/run/harness_api.py, this file and src/run/supervisor.py as one
# program, in that order (names used here before they are defined, such as
# _clone_check, _check_setup, _check_main, _answer_agent and _fit_verdict,
# come from the other two and are only called once the zygote serves).
# Security-critical like the supervisor: see docs/harness.md, "Prepared
# checks", and docs/PERFORMANCE.md for what it saves.  At its end, the
# zygote's start up to its first check (the self-test, the ready message
# and what is left until after the first reply).
import array
import contextlib
import errno
import fcntl
import gc
import json
import marshal
import os
import resource
import select
import signal
import socket
import struct
import sys
import time
import warnings

# ------------------------------------------------- prepared checks (the pool)
# A check's sandbox is made before its request arrives: the clone into new
# namespaces, scratch and /proc, rlimits, capabilities, seccomp, and the
# answer's process beside the judge.  It then waits on a socket of its own
# for ONE request (the header, the token, the output and verdict pipes and
# the sources), serves it and ends, taking its namespaces with it.  The
# zygote keeps POOL_SIZE of them for the limits of the last request and
# refills after each reply, so a check costs the hand-off and the answer's
# own run.  A request with other limits (or a test fault) is served by a
# sandbox made for it there and then.

POOL_SIZE = 2
LIMIT_KEYS = ("cpu_s", "memory", "processes", "file_bytes", "scratch_bytes")
ANSWER_NAME_MAX = 4096
ANSWER_SOURCE_MAX = 64 << 20
_POOL = []	# _Prepared, oldest first
_PREPARED_ANSWER = None	# in a prepared check: (pid, judge's socket) of its answer's process
_HANDED = None	# in a prepared check: that pair, once handed the answer (_answer_hand)
_DONE = None	# in a prepared check's judge: its request socket, kept to say "verdict written"


class _Prepared:
    """A ready check: its PID 1 and the zygote's end of its request socket."""

    def __init__(self, pid, go, key):
        self.pid, self.go, self.key = pid, go, key

    def discard(self):
        self.go.close()
        try:
            os.kill(self.pid, signal.SIGKILL)	# PID 1: takes its namespace with it
        except ProcessLookupError:
            pass
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


def _limits_key(hdr):
    return tuple(hdr.get(k) for k in LIMIT_KEYS)


def _prepare(limits):
    """Clones one prepared check with LIMITS (a request header, or the
    hello's defaults).  Raises OSError."""
    zygote_end, check_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    try:
        pid = _clone_check(limits, lambda: _prepared_main(limits, check_end.fileno()))
    except OSError:
        zygote_end.close()
        raise
    finally:
        check_end.close()
    return _Prepared(pid, zygote_end, _limits_key(limits))


def _prepared_main(limits, go_fd):
    """PID 1 of a prepared check: sets everything up, then waits for its one
    request on GO_FD.  A failure is kept and reported to the request (which
    brings the verdict channel).  Never returns."""
    global _PREPARED_ANSWER, _DONE
    problem = None
    try:
        _check_setup(limits, go_fd)
        _PREPARED_ANSWER = _answer_ahead()
    except BaseException as exc:
        problem = "sandbox setup failed: %s" % _short(exc)
    if problem is None:
        _warm_judge(go_fd)
    buf = bytearray(MAX_MESSAGE)
    try:
        go = socket.socket(fileno=go_fd)
        n, fds = _recv_request(go, buf)
    except BaseException:
        os._exit(0)
    if not n or len(fds) != 3:	# the zygote discarded this one, or ended
        os._exit(0)
    _DONE = go	# one request; from now on only for _done_report
    _check_go(buf, n, fds, problem)


def _done_close():
    """In the judge, before answer code runs in its own process (a harness
    without OWNS): the zygote then learns the check's end from PID 1's exit
    alone, so the answer cannot end its check early."""
    global _DONE
    if _DONE is not None:
        _DONE.close()
        _DONE = None


def _done_report(verdict_fd):
    """In the judge, its verdict written: closes its ends of the verdict and
    output pipes, kills the answer's process if the made-ahead one was not
    judged with (_judge killed it otherwise), and tells the zygote, which replies at
    once and reaps PID 1 after the reply, so the namespaces' teardown is off
    the check's path.  Only trusted code holds this socket (the answer's
    process never did; see _done_close).  Then waits for the zygote to
    close its end, so that this process's exit does not compete with the
    reply for a CPU."""
    global _DONE
    if _DONE is None:
        return
    try:
        for unused in (_PREPARED_ANSWER, _HANDED):
            if unused is not None:
                os.kill(unused[0], signal.SIGKILL)
        for fd in (verdict_fd, 1, 2):
            os.close(fd)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        _DONE.send(json.dumps({"code": 0, "cpu_ms": round(
            (usage.ru_utime + usage.ru_stime) * 1000, 3)}).encode())
        _DONE.recv(1)
    except BaseException:
        pass	# the zygote then waits for PID 1's exit


def _check_go(buf, n, fds, problem):
    """The request, in the prepared check: BUF[:N] is the header line then
    the token (zeroed here once copied into a bytearray).  Never returns."""
    out_fd, verdict_fd, src_fd = fds
    token = bytearray(32)
    try:
        nl = buf.find(b"\n", 0, n)
        hdr = json.loads(bytes(buf[:nl]))
        token[:] = memoryview(buf)[nl + 1:nl + 33]
        buf[:] = bytes(len(buf))
        hlen = hdr["harness_len"]
        body = _read_sources(src_fd, hlen + hdr["answer_len"])
        os.close(src_fd)
        os.dup2(out_fd, 1)
        os.dup2(out_fd, 2)
        os.close(out_fd)
    except BaseException:
        os._exit(70)
    _check_main(hdr, token, body[:hlen].decode("utf-8", "replace"),
                body[hlen:].decode("utf-8", "replace"), verdict_fd, problem)


def _fds_to(first, fds):
    """Moves the descriptors FDS to FIRST, FIRST + 1, ..."""
    high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 100) for fd in fds]
    for fd in fds:
        os.close(fd)
    for i, fd in enumerate(high):
        os.dup2(fd, first + i)
        os.close(fd)


def _answer_ahead():
    """Forks the answer's process before the request: it holds only 0-2 (on
    /dev/null) and, as fd 3, its end of the channel, and waits there for
    the answer and its output pipe.  Returns (pid, the judge's socket)."""
    global _WARM_FD
    judge_end, answer_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    warm_judge, warm_answer = _warm_channel()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            judge_end.close()
            warm_judge.close()
            _fds_to(3, [answer_end.detach(), warm_answer.detach()])
            _WARM_FD = 4
            os.closerange(5, 65536)	# the request socket among them
            _warm_answer()
            name, source, namespace = _answer_await(3)
            warnings.showwarning = _warning_printer(name)
            _answer_agent(_Channel(3), name, source, namespace)
        except BaseException:
            code = 75
        os._exit(code)
    answer_end.close()
    warm_answer.close()
    _WARM_FD = warm_judge.detach()
    return pid, judge_end


# A prepared check's first run is a rehearsal: the judge and the answer's
# process grade a small answer of ours through the very code a check uses,
# before the request.  The pages of the warm heap a check writes to (every
# object it touches has its reference count written) are copied then, not
# while the learner waits: about 700 copy-on-write faults off each check.
# Trusted code only; whatever goes wrong in it is ignored, and the channel
# it uses is its own, with a timeout.
_WARM_ANSWER = ("async def rehearse(n):\n"
                "    got = await helper(n)\n"
                "    return {'n': n, 'got': got, 'list': [1.5, 'text', None, True]}\n")
WARM_TIMEOUT = struct.pack("ll", 2, 0)	# struct timeval: 2 s
_WARM_FD = None	# the answer process's end of the rehearsal channel


def _warm_grade(h):
    module = h.load()
    fn, _ = h.find_function(module, "rehearse")
    rec = h.recorder()
    module.helper = rec.async_stub("helper", lambda *a: {"id": a[0] if a else None, "x": [1]})
    result = h.call(fn, 42)
    h.check("rehearsal", rec.awaited("helper") and rec.order() is not None and
            type(result) is dict, "")
    _fit_verdict({"checks": h.checks, "notes": {"events": rec.order()}})


def _warm_channel():
    judge_end, answer_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    for end in (judge_end, answer_end):
        end.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, WARM_TIMEOUT)
        end.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, WARM_TIMEOUT)
    return judge_end, answer_end


def _request_waiting(fd):
    """Whether a prepared check's request has come already on FD."""
    try:
        return bool(select.select([fd], [], [], 0)[0])
    except (OSError, ValueError):
        return False


def _warm_judge(go_fd):
    """In a prepared check's PID 1, after the answer's process is forked:
    the harnesses compiled so far run once (their top level: imports and
    definitions), and the rehearsal is judged.  Not when the request is
    already here (a zygote's first check): what a rehearsal warms, the
    check then warms itself, and the learner would wait for both."""
    global _WARM_FD
    if _request_waiting(go_fd):
        if _WARM_FD is not None:
            with contextlib.suppress(OSError):
                os.close(_WARM_FD)	# the answer's process stops waiting for it
            _WARM_FD = None
        return
    for code in list(_HARNESS_CODE.values()):
        with contextlib.suppress(BaseException):
            exec(code, {"__name__": "__harness__"})
    chan = None
    try:
        if _WARM_FD is not None:
            chan = socket.socket(fileno=_WARM_FD)
            _WARM_FD = None
            _warm_grade(Judge(_WARM_ANSWER, "rehearsal.py", _Channel(chan.fileno())))
    except BaseException:
        pass
    finally:
        if chan is not None:
            chan.close()
        Harness.current = None
        gc.collect()
        gc.freeze()


def _warm_answer():
    """In the answer's process made ahead: serves the rehearsal until the
    judge hangs up."""
    if _WARM_FD is None:
        return
    with contextlib.suppress(BaseException):
        _answer_agent(_Channel(_WARM_FD), "rehearsal.py", _WARM_ANSWER, {})
    with contextlib.suppress(OSError):
        os.close(_WARM_FD)
    rehearsed = sys.modules.pop("answer", None) is not None
    Harness.current = None
    if rehearsed:
        gc.collect()
        gc.freeze()


def _recv_exactly(sock, n):
    data = bytearray()
    while len(data) < n:
        chunk = sock.recv(min(n - len(data), 1 << 20))
        if not chunk:
            raise EOFError("the judge hung up")
        data += chunk
    return bytes(data)


def _answer_await(fd):
    """In the answer's process made ahead: the answer's name and source, the
    harness's namespace (its compiled code from the judge, run here as the
    judge ran it) and its output pipe, made stdout and stderr."""
    sock = socket.socket(fileno=fd)
    try:
        head, fds, _, _ = socket.recv_fds(sock, 16, 2)
        if len(fds) != 2 or not head:
            raise EOFError("no answer came")
        head += _recv_exactly(sock, 16 - len(head))
        name_len, source_len, hname_len, code_len = struct.unpack(">IIII", head)
        if (name_len > ANSWER_NAME_MAX or source_len > ANSWER_SOURCE_MAX or
                hname_len > ANSWER_NAME_MAX or code_len > ANSWER_SOURCE_MAX * 4):
            raise ValueError("answer too large")
        body = _recv_exactly(sock, name_len + source_len + hname_len + code_len)
    finally:
        sock.detach()
    for fd, std in zip(fds, (1, 2)):
        os.dup2(fd, std)
        os.close(fd)
    at = name_len + source_len
    namespace = {"__name__": "__harness__", "__builtins__": __builtins__,
                 "__file__": body[at:at + hname_len].decode("utf-8", "replace")}
    exec(marshal.loads(body[at + hname_len:]), namespace)
    return (body[:name_len].decode(), body[name_len:at].decode("utf-8", "replace"), namespace)


def _answer_hand(hdr, answer_src, code):
    """Hands the answer's process made ahead the answer, the harness's
    compiled CODE (its probes run there: marshalled, trusted, from the
    judge) and the write ends of its stdout and stderr pipes (whose read
    ends only the judge holds: AnswerOutput), as soon as the request is
    read: it unpacks them and runs the harness's top level while the judge
    compiles the answer and runs its own.  _answer_pair then returns it."""
    global _PREPARED_ANSWER, _HANDED
    if _PREPARED_ANSWER is None:
        return
    pid, judge_end = _PREPARED_ANSWER
    _PREPARED_ANSWER = None
    reads, writes = _output_pipes()
    _HANDED = pid, judge_end, reads
    name = hdr["answer_name"].encode("utf-8", "replace")
    source = answer_src.encode("utf-8", "replace")
    harness = _HARNESS_MARSHAL.get(id(code)) or marshal.dumps(code)
    harness_name = hdr["harness_name"].encode("utf-8", "replace")
    with contextlib.suppress(OSError):	# then its first request finds it gone
        socket.send_fds(judge_end, [struct.pack(">IIII", len(name), len(source),
                                                len(harness_name), len(harness))], writes)
        judge_end.sendall(name + source + harness_name + harness)
    for fd in writes:
        os.close(fd)


def _output_pipes():
    """The answer's stdout and stderr: two pipes, ([read ends], [write ends])."""
    out, err = os.pipe(), os.pipe()
    return [out[0], err[0]], [out[1], err[1]]


def _answer_pair(hdr, token, answer_src, namespace):
    """The answer's process, the judge's end of its channel and the read
    ends of its stdout and stderr: the one made ahead (handed the answer by
    _answer_hand), or else, when there is none, a fork of the judge."""
    global _HANDED
    if _HANDED is None:
        _answer_hand(hdr, answer_src, namespace["__harness_code__"])
    if _HANDED is None:
        judge_end, answer_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        reads, writes = _output_pipes()
        pid = os.fork()
        if pid == 0:
            os.dup2(writes[0], 1)
            os.dup2(writes[1], 2)
            _answer_process(hdr, token, answer_src, answer_end.detach(), namespace)
        answer_end.close()
        for fd in writes:
            os.close(fd)
        return pid, judge_end, reads
    pair, _HANDED = _HANDED, None
    return pair


def _take_prepared(hdr):
    """A prepared check for HDR's limits: the pool's oldest that fits, or one
    made now.  Others are discarded.  Raises OSError."""
    if hdr.get("fault"):	# test hooks act on a check made for them
        return _prepare(hdr)
    key = _limits_key(hdr)
    while _POOL:
        check = _POOL.pop(0)
        if check.key == key:
            return check
        check.discard()
    return _prepare(hdr)


def _hand_off(hdr, msg, n, fds):
    """Sends the request to a prepared check; returns it (its pid, and its
    socket, on which its judge says when the verdict is written).  One that
    died while waiting is discarded and the next tried."""
    rights = [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", fds))]
    for _ in range(POOL_SIZE + 2):
        check = _take_prepared(hdr)
        try:
            check.go.sendmsg([memoryview(msg)[:n]], rights)
        except OSError:
            check.discard()
            continue
        return check
    raise OSError(errno.EPIPE, "no prepared check took the request")


def _refill(hdr, size=POOL_SIZE):
    """Tops the pool up to SIZE checks for HDR's limits (after the reply)."""
    limits = {k: hdr[k] for k in LIMIT_KEYS}
    key = _limits_key(limits)
    for check in [c for c in _POOL if c.key != key]:
        _POOL.remove(check)
        check.discard()
    while len(_POOL) < size:
        try:
            _POOL.append(_prepare(limits))
        except OSError:
            return


# ------------------------------------ the zygote waits for a prepared check
def _wait_check(pidfd, done, deadline):
    """Waits until PID 1 ends, its judge's word comes on DONE (None: not
    listened for), or DEADLINE.  Returns "exit", "timeout" or the word."""
    while True:
        waiting = [pidfd] if done is None else [pidfd, done]
        ready, _, _ = select.select(waiting, [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            return "timeout"
        if pidfd in ready:
            return "exit"
        word = _done_word(done)
        if word is not None:
            return word
        with contextlib.suppress(OSError):	# a judge waiting on it ends
            done.shutdown(socket.SHUT_RDWR)
        done = None	# closed unsaid (a harness without OWNS): wait for the exit


def _reap_check(pid, pidfd, done, deadline):
    """PID 1 of a check that has been replied for, told to end by closing
    DONE (its judge waits for that): it may still run until DEADLINE (its
    wall limit), then it is killed; waited for either way, so nothing of it
    outlives the next request."""
    try:
        done.close()
        ready, _, _ = select.select([pidfd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    finally:
        os.close(pidfd)


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


def _recv_request(sock, buf):
    """One request into BUF (no bytes copy of it is made); returns its
    length and the descriptors that came with it."""
    fds = array.array("i")
    n, anc, _, _ = sock.recvmsg_into([buf], socket.CMSG_SPACE(4 * fds.itemsize))
    for level, kind, data in anc:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            fds.frombytes(data[:len(data) - (len(data) % fds.itemsize)])
    return n, list(fds)


# ------------------------- the zygote's start, up to its first check
_UNREAPED = []	# pids of ended children whose teardown is left off the first check's path


def _self_test():
    """Proves the per-check namespaces work here before saying ready.
    Returns None, or what went wrong.  The child's word decides, not its
    exit: its namespaces' teardown is not waited for (_settle reaps it)."""
    err_r, err_w = os.pipe()

    def child():
        word = b"ok"
        try:
            _mount_private({"scratch_bytes": 1 << 20})
        except BaseException as exc:
            word = str(exc).encode()[:500] or b"failed"
        os.write(err_w, word)
        os._exit(0)

    try:
        pid = _clone_check({}, child)
    except OSError as exc:
        return str(exc)
    finally:
        os.close(err_w)
    word = os.read(err_r, 600)
    os.close(err_r)
    if word == b"ok":
        _UNREAPED.append(pid)
        return None
    _, status = os.waitpid(pid, 0)
    return word.decode("utf-8", "replace") or "status %d" % status


def _settle():
    """After the zygote's first reply, or at once when the C side said no
    check comes at once (the hello's "first_soon"; then the pool is filled
    before the first check, as after every other): what was left off that
    check's path.
    The self-test's child is reaped, the modules the program does not need
    itself imported, and the heap collected before it is frozen for good
    (main froze it uncollected), so the checks prepared from now on share
    a clean, warm one."""
    global _SETTLED
    if _SETTLED:
        return
    _SETTLED = True
    while _UNREAPED:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(_UNREAPED.pop(), 0)
    import dataclasses	# noqa: F401 (what answers often import, warm for the next checks)
    gc.unfreeze()
    gc.collect()
    gc.freeze()


_SETTLED = False


def _say_ready(sock):
    """The ready message.  After a compile (src/run/boot.py found no usable
    cached code) it carries the fresh code in a sealed memfd, with this
    interpreter's magic number, for the C side to cache."""
    fresh = globals().pop("_IDIOM_FRESH", None)
    ready = {"ready": True, "pid": os.getpid(), "python": sys.version.split()[0],
             "cached": "_IDIOM_PROGRAM" in globals() and fresh is None}
    fd = None
    try:
        if fresh:
            fd = os.memfd_create("idiom-code", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
            _write_all(fd, fresh)
            fcntl.fcntl(fd, fcntl.F_ADD_SEALS, fcntl.F_SEAL_SEAL | fcntl.F_SEAL_SHRINK |
                        fcntl.F_SEAL_GROW | fcntl.F_SEAL_WRITE)
            ready["magic"] = sys.modules["_frozen_importlib_external"].MAGIC_NUMBER.hex()
    except OSError:
        ready.pop("magic", None)
    try:
        text = json.dumps(ready).encode()
        if "magic" in ready:
            socket.send_fds(sock, [text], [fd])
        else:
            sock.send(text)
    finally:
        if fd is not None:
            os.close(fd)
