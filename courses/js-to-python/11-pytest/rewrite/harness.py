# Behavioural checks for lesson 11, Rewrite: a pytest module for
# parse_price(text).  The harness is mutation testing: it runs the learner's
# tests against a working parse_price (every test must pass) and against
# broken ones (each must make at least one test fail).  Which mutant slips
# through says which criterion is missing: the cases (cents dropped, spaces
# not stripped) or the error check (no error, wrong message, wrong type).
# Runs in the judge: the probe runs the tests in the answer's process and
# reports, as plain data, each test's outcome on the working parse_price and
# on each mutant; which mutants were caught is decided here, in the judge.
# See docs/harness.md for the harness API.
# idiom: include ../small_pytest.py

# ------------------------------------------------------------ the exercise
ASSERT = "plain-assert"
CASES = "parametrize"
RAISES = "pytest-raises"
OWNS = [ASSERT, CASES, RAISES]

NAME = "parse_price"
PARAMETRIZE = ('@pytest.mark.parametrize(("text", "cents"), [("$3", 300), ("$3.50", 350), '
               '(" $10.05 ", 1005)])')
WITH_RAISES = 'with pytest.raises(ValueError, match="dollar sign"): parse_price("3.50")'


def _split(text):
    dollars, _, cents = text[1:].partition(".")
    return int(dollars) * 100 + int(cents.ljust(2, "0"))


def working(text):
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError("%r has no dollar sign" % text)
    return _split(text)


def drops_cents(text):
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError("%r has no dollar sign" % text)
    return int(text[1:].partition(".")[0]) * 100


def keeps_spaces(text):
    if not text.startswith("$"):
        raise ValueError("%r has no dollar sign" % text)
    return _split(text)


def accepts_anything(text):
    return _split("$" + text.strip().lstrip("$"))


def wrong_message(text):
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError("bad price")
    return _split(text)


def wrong_type(text):
    text = text.strip()
    if not text.startswith("$"):
        raise TypeError("%r has no dollar sign" % text)
    return _split(text)


def disguised(impl, inputs=None):
    """IMPL under parse_price's own name, a new function each time, so a test
    tells the working code from a mutant by how it behaves, not by its name.
    With INPUTS (a list), each text the tests call it with is kept there."""
    def parse_price(text):
        if inputs is not None and len(inputs) < MAX_INPUTS and type(text) is str:
            inputs.append(text[:100])
        return impl(text)
    return parse_price


MAX_INPUTS = 200


MUTANTS = [
    (CASES, drops_cents, "ignores the cents (\"$3.50\" gives 300)",
     "test the cents too: " + PARAMETRIZE),
    (CASES, keeps_spaces, "does not strip spaces (\" $10.05 \" is refused)",
     "keep the padded case from the JavaScript table: " + PARAMETRIZE),
    (RAISES, accepts_anything, "accepts \"3.50\" without a dollar sign",
     "check that a price without a dollar sign is refused: " + WITH_RAISES),
    (RAISES, wrong_message, "raises ValueError(\"bad price\"), a message about something else",
     "match the message, as toThrow(/dollar sign/) did: " + WITH_RAISES),
    (RAISES, wrong_type, "raises TypeError instead of ValueError",
     "name the exception parse_price raises: " + WITH_RAISES),
]


def line_with(h, names, default):
    """The line of the first call to one of NAMES (`raises`, `parametrize`)
    or `try` statement in the answer's code, else DEFAULT."""
    import ast
    try:
        tree = ast.parse(h.source)
    except SyntaxError:
        return default
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = getattr(func, "attr", None) or getattr(func, "id", None)
            if name in names:
                lines.append(node.lineno)
        elif isinstance(node, ast.Try) and "try" in names:
            lines.append(node.lineno)
    return min(lines) if lines else default


def outcome_data(o):
    """One test's outcome as plain data."""
    return {"name": o.name, "line": o.line, "error": describe(o.error) if o.error else None,
            "did_not_raise": isinstance(o.error, Failed) and "DID NOT RAISE" in str(o.error),
            "regex": isinstance(o.error, Failed) and "Regex" in str(o.error),
            "wrong_kind": escaped_raises(o.error) if o.error else False,
            "collection": isinstance(o.error, CollectionError),
            "parametrized": bool(getattr(o.function, "_idiom_params", None)),
            "text": str(o.error)[:200] if o.error else ""}


def _params_or_none(fn):
    try:
        return _params(fn)
    except (TypeError, ValueError):
        return None


def run_mutants(a, order):
    """running your tests"""
    install_pytest()
    module = a.load_module()
    tests = collect(module)
    if not tests:
        return {"tests": 0}
    inputs = []	# what the tests ask of parse_price, for blame (tried_inputs)
    module.parse_price = disguised(working, inputs)
    outcomes = run_tests(module, tests, a.answer_name)
    runs = []
    for index in order:	# drawn in the judge: working runs among the mutants
        impl = working if index == WORKING else MUTANTS[index][1]
        module.parse_price = disguised(impl)
        runs.append([describe(o.error) if o.error is not None else None
                     for o in run_tests(module, tests, a.answer_name)])
    module.parse_price = disguised(working)
    for name, target, line in tests:	# a case's texts count even if the call never ran,
        fn = target[1] if isinstance(target, tuple) else target
        for names, rows in getattr(fn, "_idiom_params", []):
            if not set(names) <= set(_params_or_none(fn) or ()):
                continue	# unless pytest refuses the table (a name the test lacks)
            for row in rows:
                inputs.extend(v[:100] for v in (row if isinstance(row, tuple) else (row,))
                              if type(v) is str and len(inputs) < MAX_INPUTS)
    return {"tests": len(tests), "first": tests[0][2], "inputs": inputs,
            "outcomes": [outcome_data(o) for o in outcomes], "runs": runs}


def steady_outcomes(first, working):
    """For each test, True when every run of the working code ended as its
    first did (passed, or failed the same way): it tells implementations
    apart by what they do, not by when it runs."""
    return [all(run[i] == o.get("error") for run in working) for i, o in enumerate(first)]


def caught(first, steady, failed):
    """Decided here in the judge, from the probe's plain data: a mutant is
    caught by a steady test that fails on it, and either passes on the
    working code or fails there in another way (an expectation with a typo
    still tells a refused input from a wrong number: the typo is the
    asserts' fault, not the cases')."""
    return any(ok and bad is not None and bad != o.get("error")
               for o, ok, bad in zip(first, steady, failed))


def catchers(first, steady, failed):
    """The names of the tests that catch a mutant (as caught decides)."""
    return [str(o.get("name")) for o, ok, bad in zip(first, steady, failed)
            if ok and bad is not None and bad != o.get("error")]


def check_cases_in_table(h, first, steady, failed, what, line):
    """The criterion asks for the cases in `@pytest.mark.parametrize`: a
    cases mutant caught only by tests without a table (a fixture made with
    params=, one test per case) is caught, but not as the criterion asks."""
    by = catchers(first, steady, failed)
    if not any(o.get("parametrized") is True and str(o.get("name")) in by for o in first):
        h.check(CASES, False, "a parse_price that %s fails only %s, which takes its cases "
                "from no `@pytest.mark.parametrize` table; list them in one: %s"
                % (what, by[0].split("[")[0], PARAMETRIZE), line)
        return False
    return True


def tried_inputs(seen):
    """The texts the tests gave parse_price on the working run, or listed in
    their parametrize tables (the probe's plain data; anything else dropped)."""
    inputs = seen.get("inputs")
    return [t for t in inputs[:MAX_INPUTS] if type(t) is str] if type(inputs) is list else []


def outcome_of(impl, text):
    try:
        return ("returns", impl(text))
    except Exception as exc:  # our own implementations on the tests' texts
        return ("raises", type(exc).__name__)


def telling_input(mutant, texts):
    """A text on which MUTANT and the working parse_price differ, else None."""
    for text in texts:
        if outcome_of(mutant, text) != outcome_of(working, text):
            return text
    return None


def asserting_tests(source, names):
    """Which of the collected tests NAMES (a test's own name, before any
    `[case]`) hold an `assert`, in their body or in a module-level function
    they call by name; None when the source does not parse."""
    import ast
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    defs = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            defs.setdefault(node.name, node)

    def asserts(node, depth=0):
        for sub in ast.walk(node):
            if isinstance(sub, ast.Assert):
                return True
            if (depth < 2 and isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name)
                    and sub.func.id in defs and defs[sub.func.id] is not node
                    and asserts(defs[sub.func.id], depth + 1)):
                return True
        return False
    return [n for n in names if n.split(".")[-1] in defs and asserts(defs[n.split(".")[-1]])]


def check_asserts_run(h, outcomes, first):
    """Plain `assert` must be in a test pytest runs: a function whose name
    lacks the `test` prefix is never collected, so its asserts never run."""
    names = sorted({str(o.get("name")).split("[")[0] for o in outcomes})
    found = asserting_tests(h.source, names)
    if found is not None and not found:
        h.check(ASSERT, False, "none of the tests pytest collects (%s) holds an `assert`; "
                "pytest runs only functions named test_*, so write `def test_parses_price"
                "(text, cents): assert parse_price(text) == cents`" % ", ".join(names), first)


def grade(h):
    order = run_order(h, len(MUTANTS))
    seen = h.probe(run_mutants, order)
    seen = seen if type(seen) is dict else {}
    if type(seen.get("tests")) is not int or seen["tests"] < 1:
        message = ("pytest collects functions whose names start with test_; none here. "
                   "Write `def test_parses_price(text, cents):` under " + PARAMETRIZE)
        for criterion in (ASSERT, CASES, RAISES):
            h.check(criterion, False, message)
        return
    first = seen.get("first") if type(seen.get("first")) is int else None
    outcomes = [o for o in seen.get("outcomes") or [] if type(o) is dict]
    h.note("tests", ["%s: %s" % (o.get("name"), o.get("error") or "passed") for o in outcomes])
    failed = [o for o in outcomes if o.get("error") is not None]
    asserts_failed = False
    for o in failed:
        line = o.get("line") if type(o.get("line")) is int else first
        if o.get("did_not_raise") is True:
            h.check(RAISES, False, "%s expects an error the working parse_price does not "
                    "raise; call it inside the block: %s" % (o.get("name"), WITH_RAISES), line)
        elif o.get("regex") is True:
            h.check(RAISES, False, "%s: %s; match a part of the real message: %s"
                    % (o.get("name"), o.get("text"), WITH_RAISES), line)
        elif o.get("collection") is True:
            asserts_failed = True
            for criterion in (ASSERT, CASES):
                h.check(criterion, False, "pytest cannot collect %s, so none of its cases "
                        "runs (%s); give each case as a tuple: %s"
                        % (o.get("name"), o.get("text"), PARAMETRIZE), line)
        elif o.get("wrong_kind") is True:
            h.check(RAISES, False, "%s: the working parse_price raises %s, which the "
                    "`pytest.raises` block does not name, so the test fails; name the "
                    "exception it raises: %s" % (o.get("name"), o.get("error"), WITH_RAISES), line)
        else:
            asserts_failed = True
            h.check(ASSERT, False, "%s fails on the working parse_price (%s); `assert` "
                    "what parse_price really returns, e.g. `assert parse_price(\"$3.50\") "
                    "== 350`" % (o.get("name"), o.get("error")), line)
    working_runs, mutant_runs = split_runs(order, seen.get("runs"), len(outcomes))
    steady = steady_outcomes(outcomes, working_runs)
    for o, ok in zip(outcomes, steady):
        if o.get("error") is None and not ok:
            failed.append(o)
            asserts_failed = True
            h.check(ASSERT, False, "%s passed on one run of the working parse_price and failed "
                    "on another; a test must give the same answer each time it runs, so keep "
                    "no state between runs" % o.get("name"),
                    o.get("line") if type(o.get("line")) is int else first)
    if not failed and outcomes:
        h.check(ASSERT, True, "%d test(s) pass on the working parse_price" % len(outcomes), first)
    elif not asserts_failed and outcomes:
        h.check(ASSERT, True, "the asserts pass on the working parse_price (what fails is "
                "the error check)", first)

    # A mutant is caught when a steady test tells it from the working code
    # (caught); a test that fails the same way on both tells nothing.
    where = {CASES: line_with(h, ("parametrize",), first),
             RAISES: line_with(h, ("raises", "assertRaises", "assertRaisesRegex", "try"), first)}
    check_asserts_run(h, outcomes, first)
    texts = tried_inputs(seen)
    killed = {}
    for i, (criterion, mutant, what, fix) in enumerate(MUTANTS):
        killed[mutant.__name__] = caught(outcomes, steady, mutant_runs.get(i) or [])
        shown = None if killed[mutant.__name__] or criterion != CASES else telling_input(mutant, texts)
        if shown is not None:	# the case is there: the assert let the mutant through
            h.check(ASSERT, False, "your tests give parse_price %r, yet a parse_price that %s "
                    "still passes them: no passing `assert` compares the result; write "
                    "`assert parse_price(text) == cents`" % (shown, what), first)
            h.check(CASES, True, "your cases include %r, which shows a parse_price that %s"
                    % (shown, what), where[criterion])
        elif killed[mutant.__name__] and (criterion != CASES or check_cases_in_table(
                h, outcomes, steady, mutant_runs.get(i) or [], what, where[criterion])):
            h.check(criterion, True, "a parse_price that %s fails your tests" % what,
                    where[criterion])
        elif not killed[mutant.__name__]:
            h.check(criterion, False, "a parse_price that %s still passes your tests; %s"
                    % (what, fix), where[criterion])
    h.note("mutants_caught", killed)
