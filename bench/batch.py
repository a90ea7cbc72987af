#!/usr/bin/env python3
"""Batch throughput (issue 11): one `idiom check 04 rewrite F1 ... FN --json`
over N answers (lesson 04 Rewrite's graded examples, repeated), against a
fresh `/usr/bin/python3 -I` per answer that imports what the harness does,
runs the answer and awaits its function once (no harness, no sandbox: the
comparison flatters the fresh process).  Prints per-answer cost, checks per
second and the ratio (target: at least 8x).

Usage: bench/batch.py [IDIOM_BINARY] [N] [FRESH_RUNS]   (from the repository root)"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

EXAMPLES = "courses/js-to-python/04-async/rewrite/examples"
FRESH = ("import asyncio, json, dataclasses, typing, sys\n"
         "ns = {'__name__': 'answer'}\n"
         "try:\n"
         "    exec(compile(open(sys.argv[1]).read(), 'answer.py', 'exec'), ns)\n"
         "    asyncio.run(ns['load_config_and_user'](42))\n"
         "except BaseException:\n"
         "    pass\n")


def main():
    idiom = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "./idiom")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    fresh_runs = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    sources = sorted(glob.glob(os.path.join(EXAMPLES, "*.py")))
    work = tempfile.mkdtemp(prefix="idiom-batch.")
    env = dict(os.environ, IDIOM_HOME=os.path.join(work, "home"))
    try:
        files = []
        for i in range(n):
            path = os.path.join(work, f"a{i:04d}-{os.path.basename(sources[i % len(sources)])}")
            shutil.copy(sources[i % len(sources)], path)
            files.append(path)
        start = time.perf_counter()
        out = subprocess.run([idiom, "check", "04", "rewrite", *files, "--json"], env=env,
                             capture_output=True, text=True, check=False).stdout
        batch = time.perf_counter() - start
        graded = sum(1 for line in out.splitlines() if line.startswith("{") and json.loads(line))
        start = time.perf_counter()
        for i in range(fresh_runs):
            subprocess.run(["/usr/bin/python3", "-I", "-c", FRESH, files[i % len(files)]],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        fresh = (time.perf_counter() - start) / fresh_runs
        per = batch / max(graded, 1)
        print(f"batch: {graded} answers graded in {batch:.2f} s: {per * 1000:.1f} ms per answer, "
              f"{1 / per:.0f} checks/s (idiom check --jobs default: one process per core)")
        print(f"fresh python3 per answer (no sandbox, no harness): {fresh * 1000:.1f} ms")
        print(f"ratio: {fresh / per:.1f}x (target: at least 8x)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
