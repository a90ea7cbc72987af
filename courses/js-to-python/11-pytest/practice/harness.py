# Behavioural checks for lesson 11, Practice: a pytest module for
# is_expired(session, ttl=3600), which reads time.time().  The harness runs
# the learner's tests with a working is_expired that records every session it
# is given (two tests holding one dict means shared state, not a fixture) and
# reads the clock through the answer's `time`, and with broken ones (mutation
# testing).  The small pytest's monkeypatch records what it patched; a clock
# left replaced after a test is put back and reported.
# See docs/harness.md for the harness API.
# idiom: include ../small_pytest.py

# ------------------------------------------------------------ the exercise
FIXTURE = "session-fixture"
CLOCK = "monkeypatch-clock"
CATCH = "catches-expiry"

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


def grade(h):
    install_pytest()
    module = h.load()
    tests = collect(module)
    if not tests:
        message = ("pytest collects functions whose names start with test_; none here. "
                   "Write `def test_old_session_is_expired(session, monkeypatch):`")
        for criterion in (FIXTURE, CLOCK, CATCH):
            h.check(criterion, False, message)
        return
    first = tests[0][2]

    # The working is_expired, one session list per test.
    per_test = []
    outcomes = []
    clock_replaced = False
    for test in tests:
        sessions = []
        module.is_expired = make(module, sessions, lambda age, ttl: age > ttl)
        try:
            outcomes.extend(run_tests(module, [test], h.answer_name))
        finally:
            clock_left = _time.time is not REAL_TIME
            _time.time = REAL_TIME
        per_test.append((test, sessions))
        if clock_left:
            clock_replaced = True
            h.check(CLOCK, False, "%s replaced time.time and never put it back, so every "
                    "later test sees the fake clock; write %s, which monkeypatch undoes after "
                    "the test" % (test[0], PATCH), test[2])
    h.note("tests", ["%s: %s" % (o.name, describe(o.error) if o.error else "passed")
                     for o in outcomes])
    failed = [o for o in outcomes if o.error]
    for o in failed:
        h.check(CATCH, False, "%s fails on the working is_expired (%s); pin the clock and "
                "`assert` what is_expired really returns" % (o.name, describe(o.error)), o.line)
    if not failed and outcomes:
        h.check(CATCH, True, "%d test(s) pass on the working is_expired" % len(outcomes), first)

    # Fixture: requested by a test, and no session object shared by two tests.
    if any(o.fixtures for o in outcomes):
        used = sorted({name for o in outcomes for name in o.fixtures})
        h.check(FIXTURE, True, "the tests request the fixture(s) %s" % ", ".join(used), first)
    else:
        h.check(FIXTURE, False, "no test asks for a fixture; write " + FIXTURE_CODE
                + " and name `session` as a parameter of each test", first)
    seen = {}
    for (name, _, line), sessions in per_test:
        for s in sessions:
            other = seen.setdefault(id(s), (name, s))
            if other[0] != name:
                h.check(FIXTURE, False, "%s and %s use the same session dict, so a change in "
                        "one leaks into the other; return a new dict from a fixture: %s"
                        % (other[0], name, FIXTURE_CODE), line)
                break

    if clock_replaced:
        pass  # reported above, at each test that replaced it
    elif patched_clock(module):
        h.check(CLOCK, True, "monkeypatch pins the clock", first)
    else:
        h.check(CLOCK, False, "the tests read the real clock; pin it for each test with "
                "the monkeypatch fixture: " + PATCH, first)

    healthy = [not o.error for o in outcomes]
    caught = {}
    for verdict, what, fix in MUTANTS:
        module.is_expired = make(module, [], verdict)
        try:
            results = run_tests(module, tests, h.answer_name)
        finally:
            _time.time = REAL_TIME
        killed = any(ok and o.error for ok, o in zip(healthy, results))
        caught[what] = killed
        if killed:
            h.check(CATCH, True, "an is_expired that %s fails your tests" % what, first)
        else:
            h.check(CATCH, False, "an is_expired that %s still passes your tests; %s"
                    % (what, fix), first)
    h.note("mutants_caught", caught)
