# idiom zygote bootstrap: the `python3 -c` text the sandbox starts.  The
# zygote's program (src/run/harness_api.py, pool.py and supervisor.py, one
# program) comes on fd 4, a sealed memfd from the C side
# (src/run/codecache.c): "IDIOMZP1", the lengths of the source, of a magic
# number and of a compiled code (u32 little-endian), then those three.  The
# code, cached by the C side from an earlier start, is used only when its
# magic number is this interpreter's and it unmarshals to a code object of
# the program; anything else is compiled from the source, and the fresh
# code goes back to the C side in the ready message (_IDIOM_FRESH) to be
# cached.  Runs before anything a learner sends exists.
import marshal
import os
import sys


def _idiom_boot(fd=4):
    chunks, at = [], 0
    while True:
        chunk = os.pread(fd, 1 << 20, at)
        if not chunk:
            break
        chunks.append(chunk)
        at += len(chunk)
    os.close(fd)
    data = b"".join(chunks)
    if data[:8] != b"IDIOMZP1":
        raise SystemExit("idiom: the zygote's program is malformed")
    slen, mlen, clen = (int.from_bytes(data[at:at + 4], "little") for at in (8, 12, 16))
    source = data[20:20 + slen]
    magic = data[20 + slen:20 + slen + mlen]
    code = data[20 + slen + mlen:20 + slen + mlen + clen]
    program = None
    if code and magic == sys.modules["_frozen_importlib_external"].MAGIC_NUMBER:
        try:
            program = marshal.loads(code)
        except (EOFError, ValueError, TypeError):
            program = None
        if type(program) is not type(_idiom_boot.__code__) or program.co_filename != "<string>":
            program = None
    if program is not None:
        return program, None
    program = compile(source, "<string>", "exec")
    return program, marshal.dumps(program)


_IDIOM_PROGRAM, _IDIOM_FRESH = _idiom_boot()
del _idiom_boot
exec(_IDIOM_PROGRAM)
