# The floor for run-bench: lesson 04's Rewrite harness and an answer run in
# ONE warm, unsandboxed interpreter, timed per iteration.  The judge runs in
# this thread and the answer agent in another, over a socketpair, with the
# very code the sandbox runs (src/run/harness_api.py, judge.py, pool.py, supervisor.py),
# so what is left of a sandboxed check beyond this is the sandbox's price.
# Usage (from the repository root):
#   /usr/bin/python3 -I -S -B bench/floor.py RUNS HARNESS ANSWER
# Prints one line: the per-iteration times in ms, as JSON.
import json
import socket
import sys
import threading
import time

program = {"__name__": "idiom_floor"}
for path in ("src/run/harness_api.py", "src/run/judge.py", "src/run/pool.py", "src/run/supervisor.py"):
    with open(path, encoding="utf-8") as f:
        exec(compile(f.read(), path, "exec"), program)
runs, harness_path, answer_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(harness_path, encoding="utf-8") as f:
    harness_src = f.read()
with open(answer_path, encoding="utf-8") as f:
    answer_src = f.read()
ANSWER_NAME = "rewrite.py"


def one_check():
    code = program["_harness_code"](harness_path, harness_src)
    namespace = {"__name__": "__harness__", "__file__": harness_path}
    exec(code, namespace)
    # The answer's side runs the harness's top level too (its probes live
    # there), in a namespace of its own, as the sandbox's answer process does.
    probes = {"__name__": "__harness__", "__file__": harness_path}
    exec(code, probes)
    judge_end, answer_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    agent = threading.Thread(target=program["_answer_agent"],
                             args=(program["_Channel"](answer_end.fileno()), ANSWER_NAME,
                                   answer_src, probes))
    agent.start()
    h = program["Judge"](answer_src, ANSWER_NAME, program["_Channel"](judge_end.fileno()))
    namespace["grade"](h)
    judge_end.close()
    agent.join()
    answer_end.close()
    verdict = program["_fit_verdict"]({"checks": h.checks, "notes": h.notes})
    text = json.dumps(verdict)
    if '"pass": false' in text or not h.checks:
        raise SystemExit("floor: the answer did not pass: " + text)


times = []
for i in range(-5, runs):	# five warm-up iterations
    start = time.perf_counter()
    one_check()
    if i >= 0:
        times.append((time.perf_counter() - start) * 1000)
print(json.dumps(times))
