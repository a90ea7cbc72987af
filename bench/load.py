#!/usr/bin/env python3
"""Load generator for a cohort cluster (issue 15): simulated learners.

Each learner signs up through an invite, opens lesson 04, "types" (live
hints a few times a second for a few seconds, then saves the draft and
pauses) and checks an
answer every 20-60 s (times --time-factor), with a mix of answers taken
from courses/js-to-python/04-async/*/examples: passing, failing, broken
(status error) and slow (blocking or sequential awaits).  Every request
that gets 503 is sent again after its Retry-After, and one whose
connection dropped or that got 502/504 from the proxy (the node died
mid-request) after 0.2 s: pages, hints and sign-ins for up to 60 s, a
check, always with the same attempt_id, until the end of the run plus
--grace; a sign-up retried that finds its name taken signs in.  At the end it prints
p50/p95/p99 per endpoint, errors, checks per node (HAProxy's X-Served-By),
and verifies in PostgreSQL (psql STORE) that every acknowledged attempt is
there exactly once and that no attempt it did not send appeared, and that
each learner's draft is the text last saved (none after a check, which
drops it).  Answers carry Server-Timing: each endpoint is reported also as
its time in the node (from the request's header being in to its answer).

Exit status: 0 when nothing was lost or doubled and there was no error but
503s that were retried and then succeeded; 1 otherwise; 2 on a setup error.
Python standard library only (threads and http.client).
"""
import argparse
import hashlib
import http.client
import json
import os
import random
import re
import resource
import subprocess
import sys
import threading
import time
import uuid
from urllib.parse import urlsplit

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LESSON_DIR = os.path.join(ROOT, "courses", "js-to-python", "04-async")
PASSWORD = "Load-test-orbit-4417"
SLOW_NAMES = ("blocking_sleep", "sequential", "tasks_awaited_in_turn")
MIX = (("passing", 0.40), ("failing", 0.35), ("broken", 0.15), ("slow", 0.10))
RETRY_AFTER_CAP_S = 10.0
CONNECT_TIMEOUT_S = 120.0
# How long a page, hint or sign-in keeps retrying 502/503/504 or a dropped
# connection (a check retries until the end of the run plus --grace).
RETRY_WINDOW_S = 60.0


def load_answers():
    """{kind: [(exercise, text)]} from each exercise's examples/expected.yaml."""
    answers = {kind: [] for kind, _ in MIX}
    for exercise in ("rewrite", "practice"):
        folder = os.path.join(LESSON_DIR, exercise, "examples")
        with open(os.path.join(folder, "expected.yaml"), encoding="utf-8") as f:
            expected = f.read()
        # "  NAME.py:" then, a few lines on, "    status: VERDICT".
        for name, status in re.findall(r"^  ([\w./]+\.py):\n(?:    .*\n)*?    status: (\w+)",
                                       expected, re.M):
            path = os.path.normpath(os.path.join(folder, name))
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if any(s in name for s in SLOW_NAMES):
                kind = "slow"
            else:
                kind = {"pass": "passing", "fail": "failing", "error": "broken"}[status]
            answers[kind].append((exercise, text))
    missing = [kind for kind, items in answers.items() if not items]
    if missing:
        raise SystemExit("load: no example answers for " + ", ".join(missing))
    return answers


class Stats:
    """Latencies and outcomes per endpoint, shared by every learner."""

    def __init__(self):
        self.lock = threading.Lock()
        self.latency = {}       # endpoint -> [seconds]
        self.errors = {}        # endpoint -> {reason: count}
        self.retried = {}       # (endpoint, status) -> tries answered with it
        self.signup_then_login = 0
        self.reconnects = 0
        self.per_node = {}      # HAProxy server name -> acknowledged checks
        self.sent = set()       # attempt ids sent at least once
        self.acked = {}         # attempt id -> username
        # (username, exercise) -> the draft PostgreSQL must hold at the end:
        # the text of the last draft saved, None after an acknowledged
        # check (a recorded attempt drops the draft), UNKNOWN after a
        # request that got no answer.
        self.drafts = {}

    def ok(self, endpoint, seconds):
        with self.lock:
            self.latency.setdefault(endpoint, []).append(seconds)

    def error(self, endpoint, reason):
        with self.lock:
            errs = self.errors.setdefault(endpoint, {})
            errs[reason] = errs.get(reason, 0) + 1

    def count(self, field, key=None):
        with self.lock:
            if key is None:
                setattr(self, field, getattr(self, field) + 1)
            else:
                table = getattr(self, field)
                table[key] = table.get(key, 0) + 1


class Client:
    """One keep-alive connection with a session cookie."""

    def __init__(self, url):
        parts = urlsplit(url)
        self.host, self.port = parts.hostname, parts.port or 80
        self.conn = None
        self.cookie = None

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def request(self, method, path, body=None):
        """(status, headers dict, body bytes); raises OSError or HTTPException."""
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=CONNECT_TIMEOUT_S)
        headers = {}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if self.cookie:
            headers["Cookie"] = self.cookie
        try:
            self.conn.request(method, path, body=data, headers=headers)
            resp = self.conn.getresponse()
            payload = resp.read()
        except (OSError, http.client.HTTPException):
            self.close()
            raise
        found = {k.lower(): v for k, v in resp.getheaders()}
        cookie = found.get("set-cookie")
        if cookie and cookie.startswith("idiom_session="):
            self.cookie = cookie.split(";", 1)[0]
        if found.get("connection", "").lower() == "close":
            self.close()
        return resp.status, found, payload


RETRIED = (502, 503, 504)


def send(stats, client, endpoint, method, path, body, deadline):
    """One request, sent again after a 503 (waiting its Retry-After), a 502
    or 504 from the proxy, or a dropped connection, until DEADLINE.
    Returns (status, headers, seconds of the last try, seconds in all, tries);
    status None when it never got an answer that was not retried."""
    first = time.monotonic()
    tries = 0
    while True:
        tries += 1
        start = time.monotonic()
        try:
            status, headers, _ = client.request(method, path, body)
        except (OSError, http.client.HTTPException):
            status, headers = None, {}
            stats.count("reconnects")
        if status is not None and status not in RETRIED:
            now = time.monotonic()
            return status, headers, now - start, now - first, tries
        if status is not None:
            stats.count("retried", (endpoint, status))
        if time.monotonic() > deadline:
            stats.error(endpoint, "%s, gave up" % ("dropped" if status is None else "HTTP %d" % status))
            return None, headers, 0.0, time.monotonic() - first, tries
        wait = 0.2
        if status == 503:
            try:
                wait = min(float(headers.get("retry-after", "1")), RETRY_AFTER_CAP_S)
            except ValueError:
                wait = 1.0
            wait *= random.uniform(0.5, 1.0)
        time.sleep(wait)


def server_seconds(headers):
    """The node's own time for an answer, from its Server-Timing header
    ("queue;dur=MS, app;dur=MS": the wait for a lane, then the rest), or
    None when it gave none (HAProxy's own answers)."""
    total = None
    for metric in headers.get("server-timing", "").split(","):
        for param in metric.split(";")[1:]:
            key, _, value = param.strip().partition("=")
            if key == "dur":
                try:
                    total = (total or 0.0) + float(value) / 1000.0
                except ValueError:
                    pass
    return total


def timed(stats, client, endpoint, method, path, body=None, expect=200, deadline=None):
    """One request (retried as send() says); True when it got EXPECT."""
    if deadline is None:
        deadline = time.monotonic() + RETRY_WINDOW_S
    status, headers, last, _, _ = send(stats, client, endpoint, method, path, body, deadline)
    if status is None:
        return False
    if status == expect:
        stats.ok(endpoint, last)
        inside = server_seconds(headers)
        if inside is not None:
            stats.ok(endpoint + " (in the node)", inside)
        return True
    stats.error(endpoint, "HTTP %d" % status)
    return False


UNKNOWN = object()


def draft(stats, client, name, exercise, text):
    """Saves TEXT as NAME's draft of EXERCISE (an upsert: retried as send()
    says) and notes what PostgreSQL should hold."""
    body = {"lesson": "04", "exercise": exercise, "answer": text}
    ok = timed(stats, client, "draft", "POST", "/api/draft", body)
    with stats.lock:
        stats.drafts[(name, exercise)] = text if ok else UNKNOWN


def check(stats, client, name, exercise, answer, deadline):
    """Sends one attempt, with the same attempt_id, until it is acknowledged
    (200) or DEADLINE passes."""
    attempt_id = str(uuid.uuid4())
    body = {"lesson": "04", "exercise": exercise, "answer": answer, "attempt_id": attempt_id}
    with stats.lock:
        stats.sent.add(attempt_id.replace("-", ""))
    status, headers, last, total, _ = send(stats, client, "check", "POST", "/api/check", body,
                                           deadline)
    if status != 200:
        with stats.lock:
            stats.drafts[(name, exercise)] = UNKNOWN
    if status is None:
        return
    if status != 200:
        stats.error("check", "HTTP %d" % status)
        return
    with stats.lock:
        stats.drafts[(name, exercise)] = None
    stats.ok("check (one try)", last)
    stats.ok("check (until acknowledged)", total)
    inside = server_seconds(headers)
    if inside is not None:
        stats.ok("check (one try, in the node)", inside)
    with stats.lock:
        stats.acked[attempt_id.replace("-", "")] = True
    stats.count("per_node", headers.get("x-served-by", "?"))


def learner(args, stats, answers, invite, index, start_at, stop_at):
    rng = random.Random(args.seed * 100003 + index)
    client = Client(args.url)
    time.sleep(max(0.0, start_at - time.monotonic()))
    name = "%s%03d" % (args.prefix, index)
    if not signup(stats, client, invite, name, stop_at + args.grace):
        return
    timed(stats, client, "lesson page", "GET", "/lessons/04")
    timed(stats, client, "lesson api", "GET", "/api/lessons/04")
    kinds, weights = zip(*MIX)
    next_check = time.monotonic() + rng.uniform(20, 60) * args.time_factor
    while time.monotonic() < stop_at:
        exercise, text = rng.choice(answers[rng.choices(kinds, weights)[0]])
        # Typing: a hint every 0.25-0.5 s for 2-6 s over a growing prefix.
        # The editor saves the draft when typing pauses.
        typing_until = time.monotonic() + rng.uniform(2, 6)
        typed = None
        while time.monotonic() < min(typing_until, stop_at):
            cut = rng.randint(len(text) // 3, len(text))
            typed = text[:cut]
            timed(stats, client, "hints", "POST", "/api/hints",
                  {"lesson": "04", "exercise": exercise, "answer": typed})
            time.sleep(rng.uniform(0.25, 0.5))
        if typed is not None:
            draft(stats, client, name, exercise, typed)
        if time.monotonic() >= next_check and time.monotonic() < stop_at:
            check(stats, client, name, exercise, text, stop_at + args.grace)
            next_check = time.monotonic() + rng.uniform(20, 60) * args.time_factor
        time.sleep(rng.uniform(2, 8) * min(1.0, args.time_factor * 4))
    client.close()


def signup(stats, client, invite, name, deadline):
    """Signs up, retried as send() says; a retry may find the name taken
    (the first try was committed before its answer was lost): then it signs in."""
    body = {"invite": invite, "username": name, "password": PASSWORD}
    status, _, last, total, tries = send(stats, client, "signup", "POST", "/api/signup", body,
                                         deadline)
    if status == 409 and tries > 1:
        stats.count("signup_then_login")
        return timed(stats, client, "login after a retried signup", "POST", "/api/login",
                     {"username": name, "password": PASSWORD}, deadline=deadline)
    if status is None:
        return False
    if status != 201:
        stats.error("signup", "HTTP %d" % status)
        return False
    stats.ok("signup", last)
    return True


def setup(args):
    """Makes an instructor and a cohort; returns the invite."""
    instructor = args.prefix + "teach"
    subprocess.run([args.idiom, "admin", "create-instructor", instructor, "--store", args.store],
                   input=PASSWORD + "\n", text=True, check=True, stdout=subprocess.DEVNULL)
    client = Client(args.url)
    status, _, body = client.request("POST", "/api/login",
                                     {"username": instructor, "password": PASSWORD})
    if status != 200:
        raise SystemExit("load: instructor login: HTTP %d %r" % (status, body[:200]))
    status, _, body = client.request("POST", "/api/cohorts", {"name": "load " + args.prefix})
    if status != 201:
        raise SystemExit("load: cohort: HTTP %d %r" % (status, body[:200]))
    client.close()
    return json.loads(body)["invite"]


def verify(args, stats):
    """(lost, doubled, unknown) attempt counts, read back with psql."""
    query = ("SELECT s.id, count(*) FROM store_attempt s JOIN account a ON a.id = s.learner_id "
             "WHERE a.username LIKE '%s%%' GROUP BY s.id" % args.prefix)
    out = subprocess.run(["psql", "-qtA", "-F", " ", args.store, "-c", query],
                         capture_output=True, text=True, check=True).stdout
    stored = {}
    for row in out.strip().splitlines():
        attempt_id, n = row.split()
        stored[attempt_id] = int(n)
    lost = sum(1 for a in stats.acked if a not in stored)
    doubled = sum(1 for a, n in stored.items() if n > 1)
    unknown = sum(1 for a in stored if a not in stats.sent)
    return lost, doubled, unknown, len(stored)


def verify_drafts(args, stats):
    """(right, wrong) drafts: PostgreSQL's store_draft against what each
    learner last saved or checked (compared by MD5 of the UTF-8 text)."""
    query = ("SELECT a.username, d.exercise, md5(d.text) FROM store_draft d JOIN account a "
             "ON a.id = d.learner_id WHERE a.username LIKE '%s%%' AND d.lesson = 4" % args.prefix)
    out = subprocess.run(["psql", "-qtA", "-F", " ", args.store, "-c", query],
                         capture_output=True, text=True, check=True).stdout
    stored = {}
    for row in out.strip().splitlines():
        username, exercise, digest = row.split()
        stored[(username, exercise)] = digest
    right = wrong = 0
    for key, text in stats.drafts.items():
        if text is UNKNOWN:
            continue
        want = None if text is None else hashlib.md5(text.encode()).hexdigest()
        if stored.get(key) == want:
            right += 1
        else:
            wrong += 1
    return right, wrong


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]


def report(args, stats, elapsed, verdict):
    lines = ["learners %d, %.0f s, time factor %g" % (args.learners, elapsed, args.time_factor),
             "%-28s %7s %7s %9s %9s %9s" % ("endpoint", "ok", "errors", "p50 ms", "p95 ms", "p99 ms")]
    for endpoint in sorted(set(stats.latency) | set(stats.errors)):
        values = stats.latency.get(endpoint, [])
        errs = sum(stats.errors.get(endpoint, {}).values())
        if values:
            lines.append("%-28s %7d %7d %9.1f %9.1f %9.1f" % (
                endpoint, len(values), errs, percentile(values, 50) * 1000,
                percentile(values, 95) * 1000, percentile(values, 99) * 1000))
        else:
            lines.append("%-28s %7d %7d" % (endpoint, 0, errs))
    for endpoint, errs in sorted(stats.errors.items()):
        lines.append("errors %s: %s" % (endpoint, ", ".join("%s x%d" % kv for kv in sorted(errs.items()))))
    retried = ", ".join("%s %d x%d" % (e, st, n) for (e, st), n in sorted(stats.retried.items()))
    lines.append("retried: %s; dropped connections %d" % (retried or "none", stats.reconnects))
    acked = len(stats.acked)
    lines.append("sign-ups that found their name taken on a retry, then signed in: %d"
                 % stats.signup_then_login)
    lines.append("checks acknowledged %d (%.2f/s); per node: %s" % (
        acked, acked / elapsed if elapsed else 0.0,
        ", ".join("%s %d (%.2f/s)" % (n, c, c / elapsed) for n, c in sorted(stats.per_node.items()))))
    used = resource.getrusage(resource.RUSAGE_SELF)
    lines.append("this load tool's own CPU: %.1f s (%.0f %% of a core)" % (
        used.ru_utime + used.ru_stime, 100.0 * (used.ru_utime + used.ru_stime) / elapsed
        if elapsed else 0.0))
    lost, doubled, unknown, stored = verdict[:4]
    lines.append("PostgreSQL: %d attempts stored; lost %d, doubled %d, not sent by us %d"
                 % (stored, lost, doubled, unknown))
    lines.append("PostgreSQL drafts: %d as last saved or dropped by a check, %d wrong"
                 % verdict[4:])
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", required=True, help="the cluster (HAProxy), http://127.0.0.1:PORT")
    parser.add_argument("--store", required=True, help="its PostgreSQL URL (psql)")
    parser.add_argument("--idiom", default=os.path.join(ROOT, "idiom"))
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--duration", type=float, default=300, help="seconds of load")
    parser.add_argument("--time-factor", type=float, default=1.0,
                        help="scales the 20-60 s between checks (0.1: 2-6 s)")
    parser.add_argument("--ramp", type=float, default=None,
                        help="seconds over which learners arrive (default duration/10, at most 30)")
    parser.add_argument("--grace", type=float, default=60,
                        help="seconds after the end a pending check may still retry")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--prefix", default=None, help="username prefix (default: unique per run)")
    args = parser.parse_args()
    if args.prefix is None:
        args.prefix = "ld%s" % uuid.uuid4().hex[:6]
    ramp = args.ramp if args.ramp is not None else min(30.0, args.duration / 10)
    answers = load_answers()
    try:
        invite = setup(args)
    except (OSError, subprocess.CalledProcessError, http.client.HTTPException) as exc:
        print("load: setup failed: %s" % exc, file=sys.stderr)
        return 2
    stats = Stats()
    begin = time.monotonic()
    stop_at = begin + args.duration
    threads = [threading.Thread(target=learner, daemon=True,
                                args=(args, stats, answers, invite, i,
                                      begin + ramp * i / max(1, args.learners), stop_at))
               for i in range(args.learners)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=max(0.0, stop_at + args.grace + 30 - time.monotonic()))
    hung = sum(1 for t in threads if t.is_alive())
    elapsed = time.monotonic() - begin
    verdict = verify(args, stats) + verify_drafts(args, stats)
    print(report(args, stats, elapsed, verdict))
    errors = sum(sum(e.values()) for e in stats.errors.values())
    lost, doubled, unknown, _, _, wrong_drafts = verdict
    if hung:
        print("learners still running at the end: %d" % hung)
    good = (errors == 0 and lost == 0 and doubled == 0 and unknown == 0 and wrong_drafts == 0
            and hung == 0 and stats.acked)
    print("RESULT %s" % ("ok" if good else "FAIL"))
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
