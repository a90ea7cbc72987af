#!/usr/bin/env python3
"""One-off `idiom check` against a bare Python start (issue 11, point 8):
runs `idiom check 04 rewrite` on the lesson's reference answer in a fresh
workspace, and `/usr/bin/python3 -I -c "import asyncio"`, interleaved, N
times each, and prints the medians and their ratios (target: at most 1.5x).

Two kinds of `idiom check`, both new processes:
  - from fully cold: no warm helper (a new, empty helper directory each
    time); the check grades directly and launches a helper as it leaves,
    which this script then stops before the next run, so it never warms
    the machine for the others;
  - with the helper warm: the helper the first check left (src/helper/)
    grades it; the command still loads the course, opens and writes the
    store, prints.

Usage: bench/oneoff.py [IDIOM_BINARY] [N] [OTHER_BINARY...]   (from the
repository root).  With other binaries (an old build, say), each is measured
the same two ways in the same loop, so the figures compare side by side.
The compiled zygote program is cached (src/run/codecache.h) in a directory
of this run's own, which the warm-up check fills first.
Measured side by side in one run, so a busy machine slows all alike."""
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time


def once(cmd, env):
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - start) * 1000.0


def helper_pid(helper_dir, wait_s=30.0):
    """The pid of the helper listening in HELPER_DIR, waiting for it."""
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        for name in os.listdir(helper_dir) if os.path.isdir(helper_dir) else []:
            if name.endswith(".lock"):
                with open(os.path.join(helper_dir, name)) as f:
                    text = f.read().split()
                if text:
                    return int(text[0])
        time.sleep(0.02)
    return None


def stop(pid):
    if pid is None:
        return
    os.kill(pid, signal.SIGTERM)
    for _ in range(500):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.01)


def main():
    given = [sys.argv[1] if len(sys.argv) > 1 else "./idiom"] + sys.argv[3:]
    idioms = [os.path.abspath(b) for b in given]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    root = tempfile.mkdtemp(prefix="idiom-oneoff.")
    home = os.path.join(root, "home")
    os.mkdir(home)
    base = dict(os.environ, IDIOM_HOME=home, IDIOM_CACHE_DIR=os.path.join(root, "cache"))
    for name in ("IDIOM_NO_HELPER", "IDIOM_HELPER_DIR", "IDIOM_RUN_SEED", "IDIOM_RUN_FAULT"):
        base.pop(name, None)
    warm_dirs, names, checks = [], [], []
    for k, idiom in enumerate(idioms):
        warm_dirs.append(os.path.join(root, "helper-warm-%d" % k))
        os.mkdir(warm_dirs[-1], 0o700)
        checks.append([idiom, "check", "04", "rewrite"])
        label = "" if len(idioms) == 1 else " [%s]" % given[k]
        names += ["idiom check, fully cold" + label, "idiom check, helper warm" + label]
    names.append("python3 -I -c 'import asyncio'")
    try:
        subprocess.run([idioms[0], "start", "04"], env=base, stdout=subprocess.DEVNULL, check=True)
        shutil.copy("courses/js-to-python/04-async/rewrite/reference.py",
                    os.path.join(home, "04-async", "rewrite.py"))
        for check, warm_dir in zip(checks, warm_dirs):
            once(check, dict(base, IDIOM_HELPER_DIR=warm_dir))
            helper_pid(warm_dir)
        times = {name: [] for name in names}
        for i in range(n):
            for k, check in enumerate(checks):
                cold_dir = os.path.join(root, f"helper-cold-{k}-{i}")
                os.mkdir(cold_dir, 0o700)
                times[names[2 * k]].append(once(check, dict(base, IDIOM_HELPER_DIR=cold_dir)))
                stop(helper_pid(cold_dir))
                times[names[2 * k + 1]].append(
                    once(check, dict(base, IDIOM_HELPER_DIR=warm_dirs[k])))
            times[names[-1]].append(once(["/usr/bin/python3", "-I", "-c", "import asyncio"], base))
        bare = statistics.median(times[names[-1]])
        width = max(len(name) for name in names)
        for name in names:
            xs = sorted(times[name])
            med = statistics.median(xs)
            print(f"{name:{width}s} median {med:7.1f} ms   p90 {xs[int(len(xs) * 0.9) - 1]:7.1f} ms"
                  f"   {med / bare:5.2f}x bare python3")
        print(f"load average {os.getloadavg()[0]:.1f}; target: at most 1.5x a bare Python start")
    finally:
        for warm_dir in warm_dirs:
            stop(helper_pid(warm_dir, 0.0))
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
