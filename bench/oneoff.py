#!/usr/bin/env python3
"""One-off `idiom check` from cold against a bare Python start (issue 11,
point 8): runs `idiom check 04 rewrite` on the lesson's reference answer in a
fresh workspace and `/usr/bin/python3 -I -c "import asyncio"`, interleaved,
N times each, and prints the medians and their ratio (target: at most 1.5x).

Usage: bench/oneoff.py [IDIOM_BINARY] [N]   (from the repository root)
Measured side by side in one run, so a busy machine slows both alike."""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def once(cmd, env):
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - start) * 1000.0


def main():
    idiom = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "./idiom")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    home = tempfile.mkdtemp(prefix="idiom-oneoff.")
    env = dict(os.environ, IDIOM_HOME=home)
    try:
        subprocess.run([idiom, "start", "04"], env=env, stdout=subprocess.DEVNULL, check=True)
        shutil.copy("courses/js-to-python/04-async/rewrite/reference.py",
                    os.path.join(home, "04-async", "rewrite.py"))
        runs = {"idiom check 04 rewrite": [idiom, "check", "04", "rewrite"],
                "python3 -I -c 'import asyncio'": ["/usr/bin/python3", "-I", "-c", "import asyncio"]}
        times = {name: [] for name in runs}
        for _ in range(n):
            for name, cmd in runs.items():
                times[name].append(once(cmd, env))
        for name, xs in times.items():
            xs.sort()
            print(f"{name:32s} median {statistics.median(xs):7.1f} ms   p90 {xs[int(len(xs) * 0.9) - 1]:7.1f} ms")
        a, b = (statistics.median(v) for v in times.values())
        print(f"ratio: {a / b:.2f}x a bare Python start (target: at most 1.5x)")
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
