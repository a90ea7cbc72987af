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


def make(module, sessions, verdict, pinned=None, faults=None):
    """An is_expired judging with VERDICT(age, ttl); it reads the clock the
    way the starter does (the `time` the answer imported, so a patch of the
    module or of the answer's name both count) and records each session,
    in PINNED whether the clock it read was not the real one, and in FAULTS
    ("clock", why) when the clock cannot be read or ("session", keys) when
    the session it is given has no "started_at"."""
    def is_expired(session, ttl=3600):
        sessions.append(session)
        clock = module.__dict__.get("time", _time)
        read = clock.time if hasattr(clock, "time") else clock
        if pinned is not None:
            pinned.append(read is not REAL_TIME)
        try:
            now = read()
        except Exception as exc:
            if faults is not None:
                faults.append(["clock", describe(exc)[:160]])
            raise
        if faults is not None and not (isinstance(session, dict) and "started_at" in session):
            keys = list(session)[:6] if isinstance(session, dict) else []
            faults.append(["session", ", ".join(str(k)[:30] for k in keys)])
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
    for target, name in _PATCHES:
        if target is _time and name == "time":
            return True
        if target is module and name == "time":
            return True
    return False


def run_everything(a, order):
    """running your tests"""
    install_pytest()
    module = a.load_module()
    tests = collect(module)
    if not tests:
        return {"tests": 0}
    seen = {"tests": len(tests), "first": tests[0][2], "clock_left": [], "shared": None}
    # The working is_expired, one session list per test.
    per_test, outcomes, seen["pinned_by_test"], seen["faults"] = [], [], [], []
    for test in tests:
        sessions, pinned = [], []
        seen["pinned_by_test"].append([test[0], test[2], pinned])
        module.is_expired = make(module, sessions, lambda age, ttl: age > ttl, pinned,
                                 seen["faults"])
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
                         "error": describe(o.error) if o.error else None,
                         "missing_fixture": str(o.error.name)[:60]
                         if isinstance(o.error, FixtureLookupError) else None}
                        for o in outcomes]
    seen["patched_clock"] = patched_clock(module)
    seen["pinned"] = [bool(p) for _, _, pins in seen["pinned_by_test"] for p in pins]
    seen["pinned_by_test"] = [[name, line, [bool(p) for p in pins]]
                              for name, line, pins in seen["pinned_by_test"]]
    seen["scopes"] = sorted({(str(v._idiom_fixture)[:40], v._idiom_scope)
                             for v in list(vars(module).values())
                             if type(getattr(v, "_idiom_scope", None)) is str})
    seen["runs"] = []
    # The later runs wait on a clock of their own: time.sleep moves it on at
    # once, so a test that sleeps on the real clock costs its wait only once.
    waited = [0.0]
    real_sleep = _time.sleep

    def clock():
        return REAL_TIME() + waited[0]

    def sleep(seconds):
        waited[0] += max(0.0, float(seconds))

    try:
        for index in order:	# drawn in the judge: working runs among the mutants
            verdict = (lambda age, ttl: age > ttl) if index == WORKING else MUTANTS[index][0]
            module.is_expired = make(module, [], verdict)
            _time.time, _time.sleep = clock, sleep
            results = run_tests(module, tests, a.answer_name)
            seen["runs"].append([o.error is not None for o in results])
    finally:
        _time.time, _time.sleep = REAL_TIME, real_sleep
    return seen


def caught(steady, failed):
    """Decided here in the judge, from the probe's plain data: a mutant is
    caught when a test that passes on every run of the working code fails
    on it."""
    return any(ok and bad for ok, bad in zip(steady, failed))


def grade(h):
    order = run_order(h, len(MUTANTS))
    seen = h.probe(run_everything, order)
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
    working_runs, mutant_runs = split_runs(order, seen.get("runs"), len(outcomes))
    steady = steady_tests(outcomes, working_runs)
    for o, ok in zip(outcomes, steady):
        if o.get("error") is None and not ok:
            failed.append(o)
            h.check(CATCH, False, "%s passed on one run of the working is_expired and failed "
                    "on another; a test must give the same answer each time it runs, so keep "
                    "no state between runs" % o.get("name"),
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
    for o in outcomes:	# a parameter no fixture provides: the session never came
        if type(o.get("missing_fixture")) is str:
            h.check(FIXTURE, False, "%s asks for %r, which no fixture provides (pytest stops "
                    "it with \"fixture %r not found\"); name the fixture's own function: %s"
                    % (o.get("name"), o["missing_fixture"], o["missing_fixture"], FIXTURE_CODE),
                    o.get("line") if type(o.get("line")) is int else first)
            break
    shared = seen.get("shared")
    if type(shared) is list and len(shared) == 3:
        h.check(FIXTURE, False, "%s and %s use the same session dict, so a change in "
                "one leaks into the other; return a new dict from a fixture: %s"
                % (shared[0], shared[1], FIXTURE_CODE),
                shared[2] if type(shared[2]) is int else first)

    faults = [f for f in seen.get("faults") or []
              if type(f) is list and len(f) == 2 and all(type(x) is str for x in f)]
    check_session_faults(h, faults, seen.get("scopes"), used, first)
    check_clock(h, seen, faults, clock_left, first)
    check_mutants(h, steady, mutant_runs, first)


def check_session_faults(h, faults, scopes, used, first):
    """The session a test hands is_expired is the fixture's work: one with
    no "started_at", or a fixture the tests USED kept for many tests (a
    scope wider than a test's), fails the fixture criterion."""
    for kind, detail in faults:
        if kind == "session":
            h.check(FIXTURE, False, "is_expired was given a session with no \"started_at\" "
                    "key (keys: %s); build it as %s" % (detail or "none", FIXTURE_CODE), first)
            break
    for item in scopes if type(scopes) is list else []:
        if (type(item) in (list, tuple) and len(item) == 2 and all(type(x) is str for x in item)
                and item[1] != "function" and item[0] in used):
            h.check(FIXTURE, False, "the fixture %s has scope=%r, so one session is shared by "
                    "the tests; leave the scope out and each test gets a fresh one: %s"
                    % (item[0], item[1], FIXTURE_CODE), first)


def patches_clock_in_source(source):
    """True when the source calls monkeypatch.setattr(...) naming the clock."""
    import ast
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "setattr" and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "monkeypatch"
                and "time" in ast.dump(ast.Module(body=[ast.Expr(a) for a in node.args],
                                                  type_ignores=[]))):
            return True
    return False


def check_clock(h, seen, faults, clock_left, first):
    pinned_by_test = [t for t in seen.get("pinned_by_test") or []
                      if type(t) is list and len(t) == 3 and type(t[2]) is list]
    calls = [p for t in pinned_by_test for p in t[2]]
    broken = [d for kind, d in faults if kind == "clock"]
    unpinned = [t for t in pinned_by_test if False in t[2]]
    if clock_left:
        pass  # reported above, at each test that replaced it
    elif broken:
        h.check(CLOCK, False, "is_expired could not read the clock your test put in place "
                "(%s): time.time is called with no argument, so patch it with a function "
                "of none: %s" % (broken[0], PATCH), first)
    elif not calls:
        # No test reached is_expired on the working code: the run shows
        # nothing about the clock, so the tests' own code is read.
        h.check(CLOCK, patches_clock_in_source(h.source),
                "the tests pin the clock with monkeypatch.setattr (no test reached "
                "is_expired, so this is read from the code)" if patches_clock_in_source(h.source)
                else "no test pins the clock; " + PATCH, first)
    elif seen.get("patched_clock") is True and unpinned:
        name, line = unpinned[0][0], unpinned[0][1]
        h.check(CLOCK, False, "%s calls is_expired on the real clock, so its verdict "
                "depends on when it runs; pin the clock in it too: %s" % (name, PATCH),
                line if type(line) is int else first)
    elif seen.get("patched_clock") is True and True in (seen.get("pinned") or []):
        h.check(CLOCK, True, "monkeypatch pins the clock", first)
    elif seen.get("patched_clock") is True:
        h.check(CLOCK, False, "is_expired never read a pinned clock during your tests; "
                "patch the clock inside each test that calls it: " + PATCH, first)
    elif True in (seen.get("pinned") or []):
        h.check(CLOCK, False, "the clock is pinned, but not with monkeypatch; ask for the "
                "monkeypatch fixture and write " + PATCH, first)
    else:
        h.check(CLOCK, False, "the tests read the real clock; pin it for each test with "
                "the monkeypatch fixture: " + PATCH, first)



def check_mutants(h, steady, mutant_runs, first):
    found = {}
    for i, (_, what, fix) in enumerate(MUTANTS):
        found[what] = caught(steady, mutant_runs.get(i) or [])
        if found[what]:
            h.check(CATCH, True, "an is_expired that %s fails your tests" % what, first)
        else:
            h.check(CATCH, False, "an is_expired that %s still passes your tests; %s"
                    % (what, fix), first)
    h.note("mutants_caught", found)
