# Behavioural checks for lesson 11, Practice: a pytest module for
# is_expired(session, ttl=3600), which reads time.time().  The harness runs
# the learner's tests with a working is_expired that records every session it
# is given (two tests holding one dict means shared state, not a fixture) and
# reads the clock through the answer's `time`, and with broken ones (mutation
# testing).  The small pytest's monkeypatch records what it patched; a clock
# left replaced after a test is put back and reported.
# Runs in the judge: the probe runs the tests in the answer's process and
# reports outcomes, sessions shared, the clock and each test's outcome on
# each mutant as plain data; which mutants were caught is decided in the judge.  See docs/harness.md for the harness API.
# idiom: include ../small_pytest.py

# ------------------------------------------------------------ the exercise
FIXTURE = "session-fixture"
CLOCK = "monkeypatch-clock"
CATCH = "catches-expiry"
OWNS = [FIXTURE, CLOCK, CATCH]

import time as _time

REAL_TIME = _time.time
FIXTURE_CODE = ('`@pytest.fixture` above `def session(): return {"user": "ada", '
                '"started_at": STARTED}`')
PATCH = 'monkeypatch.setattr(time, "time", lambda: STARTED + 7200)'


def make(module, sessions, verdict):
    """An is_expired judging with VERDICT(age, ttl); it reads the clock the
    way the starter does (the `time` the answer imported, so a patch of the
    module or of the answer's name both count) and records each session."""
    def is_expired(session, ttl=3600):
        sessions.append(session)
        clock = module.__dict__.get("time", _time)
        now = clock.time() if hasattr(clock, "time") else clock()
        return verdict(now - session["started_at"], ttl)
    return is_expired


MUTANTS = [
    (lambda age, ttl: False, "never expires",
     "test an old session: " + PATCH + " then `assert is_expired(session)`"),
    (lambda age, ttl: True, "always expires",
     "test a recent session too: `assert not is_expired(session)` with the clock a "
     "minute after the start"),
    (lambda age, ttl: age < ttl, "compares the wrong way round",
     "check both sides: one recent session (`assert not is_expired(session)`) and one "
     "old one (`assert is_expired(session)`)"),
]


def patched_clock(module):
    """True when some monkeypatch.setattr replaced the clock."""
    for target, name in MonkeyPatch.patches:
        if target is _time and name == "time":
            return True
        if target is module and name == "time":
            return True
    return False


def run_everything(a):
    """running your tests"""
    install_pytest()
    module = a.load_module()
    tests = collect(module)
    if not tests:
        return {"tests": 0}
    seen = {"tests": len(tests), "first": tests[0][2], "clock_left": [], "shared": None}
    # The working is_expired, one session list per test.
    per_test, outcomes = [], []
    for test in tests:
        sessions = []
        module.is_expired = make(module, sessions, lambda age, ttl: age > ttl)
        try:
            outcomes.extend(run_tests(module, [test], a.answer_name))
        finally:
            clock_left = _time.time is not REAL_TIME
            _time.time = REAL_TIME
        per_test.append((test, sessions))
        if clock_left:
            seen["clock_left"].append([test[0], test[2]])
    owners = {}
    for (name, _, line), sessions in per_test:
        for session in sessions:
            other = owners.setdefault(id(session), name)
            if other != name and seen["shared"] is None:
                seen["shared"] = [other, name, line]
    seen["outcomes"] = [{"name": o.name, "line": o.line, "fixtures": list(o.fixtures),
                         "error": describe(o.error) if o.error else None} for o in outcomes]
    seen["patched_clock"] = patched_clock(module)
    seen["failed_on"] = []
    for verdict, _, _ in MUTANTS:
        module.is_expired = make(module, [], verdict)
        try:
            results = run_tests(module, tests, a.answer_name)
        finally:
            _time.time = REAL_TIME
        seen["failed_on"].append([o.error is not None for o in results])
    return seen


def caught(outcomes, failed):
    """Decided here in the judge, from the probe's plain data: a mutant is
    caught when a test that passes on the working code fails on it."""
    if type(failed) is not list or len(failed) != len(outcomes):
        return False
    return any(o.get("error") is None and bad is True for o, bad in zip(outcomes, failed))


def grade(h):
    seen = h.probe(run_everything)
    seen = seen if type(seen) is dict else {}
    if type(seen.get("tests")) is not int or seen["tests"] < 1:
        message = ("pytest collects functions whose names start with test_; none here. "
                   "Write `def test_old_session_is_expired(session, monkeypatch):`")
        for criterion in (FIXTURE, CLOCK, CATCH):
            h.check(criterion, False, message)
        return
    first = seen.get("first") if type(seen.get("first")) is int else None
    outcomes = [o for o in seen.get("outcomes") or [] if type(o) is dict]
    clock_left = [c for c in seen.get("clock_left") or [] if type(c) is list and len(c) == 2]
    for name, line in clock_left:
        h.check(CLOCK, False, "%s replaced time.time and never put it back, so every "
                "later test sees the fake clock; write %s, which monkeypatch undoes after "
                "the test" % (name, PATCH), line if type(line) is int else first)
    h.note("tests", ["%s: %s" % (o.get("name"), o.get("error") or "passed") for o in outcomes])
    failed = [o for o in outcomes if o.get("error") is not None]
    for o in failed:
        h.check(CATCH, False, "%s fails on the working is_expired (%s); pin the clock and "
                "`assert` what is_expired really returns" % (o.get("name"), o.get("error")),
                o.get("line") if type(o.get("line")) is int else first)
    if not failed and outcomes:
        h.check(CATCH, True, "%d test(s) pass on the working is_expired" % len(outcomes), first)

    # Fixture: requested by a test, and no session object shared by two tests.
    used = sorted({str(name) for o in outcomes for name in (o.get("fixtures") or [])})
    if used:
        h.check(FIXTURE, True, "the tests request the fixture(s) %s" % ", ".join(used), first)
    else:
        h.check(FIXTURE, False, "no test asks for a fixture; write " + FIXTURE_CODE
                + " and name `session` as a parameter of each test", first)
    shared = seen.get("shared")
    if type(shared) is list and len(shared) == 3:
        h.check(FIXTURE, False, "%s and %s use the same session dict, so a change in "
                "one leaks into the other; return a new dict from a fixture: %s"
                % (shared[0], shared[1], FIXTURE_CODE),
                shared[2] if type(shared[2]) is int else first)

    if clock_left:
        pass  # reported above, at each test that replaced it
    elif seen.get("patched_clock") is True:
        h.check(CLOCK, True, "monkeypatch pins the clock", first)
    else:
        h.check(CLOCK, False, "the tests read the real clock; pin it for each test with "
                "the monkeypatch fixture: " + PATCH, first)

    failed_on = seen.get("failed_on") if type(seen.get("failed_on")) is list else []
    found = {}
    for i, (_, what, fix) in enumerate(MUTANTS):
        found[what] = caught(outcomes, failed_on[i] if i < len(failed_on) else None)
        if found[what]:
            h.check(CATCH, True, "an is_expired that %s fails your tests" % what, first)
        else:
            h.check(CATCH, False, "an is_expired that %s still passes your tests; %s"
                    % (what, fix), first)
    h.note("mutants_caught", found)
