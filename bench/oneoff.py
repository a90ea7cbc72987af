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

Usage: bench/oneoff.py [IDIOM_BINARY] [N]   (from the repository root)
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
    idiom = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "./idiom")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    root = tempfile.mkdtemp(prefix="idiom-oneoff.")
    home = os.path.join(root, "home")
    warm_dir = os.path.join(root, "helper-warm")
    os.mkdir(home)
    os.mkdir(warm_dir, 0o700)
    base = dict(os.environ, IDIOM_HOME=home)
    for name in ("IDIOM_NO_HELPER", "IDIOM_HELPER_DIR", "IDIOM_RUN_SEED", "IDIOM_RUN_FAULT"):
        base.pop(name, None)
    warm = dict(base, IDIOM_HELPER_DIR=warm_dir)
    check = [idiom, "check", "04", "rewrite"]
    try:
        subprocess.run([idiom, "start", "04"], env=base, stdout=subprocess.DEVNULL, check=True)
        shutil.copy("courses/js-to-python/04-async/rewrite/reference.py",
                    os.path.join(home, "04-async", "rewrite.py"))
        once(check, warm)
        helper_pid(warm_dir)
        names = ["idiom check, fully cold", "idiom check, helper warm",
                 "python3 -I -c 'import asyncio'"]
        times = {name: [] for name in names}
        for i in range(n):
            cold_dir = os.path.join(root, f"helper-cold-{i}")
            os.mkdir(cold_dir, 0o700)
            times[names[0]].append(once(check, dict(base, IDIOM_HELPER_DIR=cold_dir)))
            stop(helper_pid(cold_dir))
            times[names[1]].append(once(check, warm))
            times[names[2]].append(once(["/usr/bin/python3", "-I", "-c", "import asyncio"], base))
        bare = statistics.median(times[names[2]])
        for name in names:
            xs = sorted(times[name])
            med = statistics.median(xs)
            print(f"{name:32s} median {med:7.1f} ms   p90 {xs[int(len(xs) * 0.9) - 1]:7.1f} ms"
                  f"   {med / bare:5.2f}x bare python3")
        print(f"load average {os.getloadavg()[0]:.1f}; target: at most 1.5x a bare Python start")
    finally:
        stop(helper_pid(warm_dir, 0.0))
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
