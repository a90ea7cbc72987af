# A small pytest for lesson 11's harnesses (both include this file with
# `# idiom: include ../small_pytest.py`; see docs/harness.md).
# The sandbox has no site-packages, so the harness brings the part of pytest
# a lesson's answers use: raises (with match=), fixture (return or yield;
# in a module or a test class; params= with request.param; called directly,
# it fails as pytest's does), mark.parametrize (stacked too, names and values
# by keyword; a malformed table is that test's collection error), approx,
# fail, and the monkeypatch fixture, which records what it patched.  It is put in sys.modules as `pytest` before
# the answer loads, so `import pytest` finds it.
import functools
import importlib
import inspect
import itertools
import re
import sys
import traceback
import types


class Failed(AssertionError):
    pass


class _Raises:
    def __init__(self, expected, match):
        self.expected = expected
        self._pattern = match
        self.value = None
        self.type = None

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is None:
            raise Failed("DID NOT RAISE %r" % (self.expected,))
        if not issubclass(kind, self.expected):
            if len(_ESCAPED) < 50:
                _ESCAPED.append(value)	# the harness blames the block's type
            return False  # an unexpected error goes on, and fails the test
        self.value, self.type = value, kind
        if self._pattern is not None and not re.search(self._pattern, str(value)):
            raise Failed("Regex %r does not match %r" % (self._pattern, str(value)))
        return True

    def match(self, pattern):
        if not re.search(pattern, str(self.value)):
            raise Failed("Regex %r does not match %r" % (pattern, str(self.value)))
        return True


_ESCAPED = []	# errors that went through a raises block naming another type


def escaped_raises(error):
    """True when ERROR went through a `pytest.raises` block that named
    another exception type (the block's fault, not an assert's)."""
    return any(error is e for e in _ESCAPED)


def raises(expected, *args, match=None, **kwargs):
    context = _Raises(expected, match)
    if not args:
        return context
    with context:
        args[0](*args[1:], **kwargs)
    return context


def fixture(fn=None, **options):
    """As pytest's: the function is kept for the runner (_idiom_fixture_fn),
    and calling the fixture directly from a test fails, as pytest refuses it."""
    def mark(f):
        name = options.get("name") or f.__name__

        def called_directly(*args, **kwargs):
            raise Failed('Fixture "%s" called directly. Fixtures are not meant to be called '
                         'directly, but are created automatically when test functions '
                         'request them as parameters.' % name)
        functools.update_wrapper(called_directly, f)
        called_directly._idiom_fixture = name
        called_directly._idiom_fixture_fn = f
        called_directly._idiom_autouse = options.get("autouse") is True
        called_directly._idiom_scope = str(options.get("scope", "function"))[:20]
        if options.get("params") is not None:	# one run of each test per value
            called_directly._idiom_fixture_params = [
                p.values[0] if isinstance(p, types.SimpleNamespace) and p.values else p
                for p in list(options["params"])[:50]]
        return called_directly
    return mark(fn) if callable(fn) else mark


class _Mark:
    def parametrize(self, argnames, argvalues, ids=None, **options):
        """As pytest's, by position or keyword (argnames=, argvalues=).  A
        table pytest refuses at collection (a row whose length is not the
        number of names) is kept as the test's collection error: the test
        fails when run, and the module's other tests still run."""
        names = argnames
        if isinstance(names, str):
            names = [n.strip() for n in names.split(",") if n.strip()]
        names = list(names)
        rows, error = [], None
        for row in argvalues:
            row = getattr(row, "values", row)
            if len(names) == 1:
                rows.append((row,))
            elif isinstance(row, (tuple, list)) and len(row) == len(names):
                rows.append(tuple(row))
            elif error is None:
                error = ("in parametrize, %r must be a tuple of %d values (%s), as "
                         "the names say" % (row, len(names), ", ".join(names)))[:300]

        def mark(f):
            if error is not None:
                f.__dict__.setdefault("_idiom_table_error", error)
            else:
                f.__dict__.setdefault("_idiom_params", []).append((names, rows))
            return f
        return mark

    def __getattr__(self, name):
        def mark(*args, **kwargs):
            if len(args) == 1 and callable(args[0]) and not kwargs:
                return args[0]
            return lambda f: f
        return mark


class _Approx:
    def __init__(self, expected, rel=1e-6, abs=1e-12):
        self.expected, self.rel, self.abs = expected, rel, abs

    def __eq__(self, other):
        return abs(other - self.expected) <= max(self.rel * abs(self.expected), self.abs)


def approx(expected, rel=1e-6, abs=1e-12):
    return _Approx(expected, rel, abs)


def fail(message=""):
    raise Failed(message)


def param(*values, **options):
    return types.SimpleNamespace(values=values)


_PATCHES = []	# (target, name) of every setattr, for the harness (not on pytest.MonkeyPatch)


class MonkeyPatch:

    def __init__(self):
        self._undo = []

    def setattr(self, target, name, value=None, raising=True):
        if isinstance(target, str):
            path, _, attr = target.rpartition(".")
            target, name, value = importlib.import_module(path), attr, name
        old = getattr(target, name, None)
        had = hasattr(target, name)
        _PATCHES.append((target, name))
        setattr(target, name, value)
        self._undo.append(lambda: setattr(target, name, old) if had else delattr(target, name))

    def delattr(self, target, name=None, raising=True):
        if isinstance(target, str):
            path, _, name = target.rpartition(".")
            target = importlib.import_module(path)
        old = getattr(target, name)
        delattr(target, name)
        self._undo.append(lambda: setattr(target, name, old))

    def setitem(self, mapping, key, value):
        had, old = key in mapping, mapping.get(key)
        mapping[key] = value
        self._undo.append(lambda: mapping.__setitem__(key, old) if had else mapping.pop(key, None))

    def delitem(self, mapping, key, raising=True):
        if key in mapping:
            old = mapping.pop(key)
            self._undo.append(lambda: mapping.__setitem__(key, old))

    def setenv(self, name, value, prepend=None):
        import os
        self.setitem(os.environ, name, str(value))

    def delenv(self, name, raising=True):
        import os
        self.delitem(os.environ, name)

    def undo(self):
        while self._undo:
            self._undo.pop()()


def install_pytest():
    module = types.ModuleType("pytest")
    for name, value in (("raises", raises), ("fixture", fixture), ("mark", _Mark()),
                        ("approx", approx), ("fail", fail), ("param", param),
                        ("MonkeyPatch", MonkeyPatch)):
        setattr(module, name, value)
    sys.modules["pytest"] = module
    return module


class CollectionError(Exception):
    """A test pytest cannot collect (its parametrize table is malformed)."""


class FixtureLookupError(LookupError):
    """A test asks for a parameter no fixture provides (pytest's own name)."""

    def __init__(self, name):
        super().__init__("fixture %r not found" % name)
        self.name = name


class Outcome:
    def __init__(self, name, line, error, fixtures, function=None):
        self.name, self.line, self.error, self.fixtures = name, line, error, fixtures
        self.function = function	# the test's own function


def collect(module):
    """[(name, function, line)] of the tests pytest would collect."""
    tests = []
    for name, value in list(vars(module).items()):
        if getattr(value, "_idiom_fixture", None):
            continue
        if name.startswith("test") and inspect.isfunction(value):
            tests.append((name, value, _first_line(value)))
        elif name.startswith("Test") and inspect.isclass(value) and "__init__" not in vars(value):
            for attr, method in list(vars(value).items()):
                if attr.startswith("test") and inspect.isfunction(method):
                    tests.append(("%s.%s" % (name, attr), (value, method),
                                  method.__code__.co_firstlineno))
    return tests


def _first_line(fn):
    """The line of FN's own `def`, under any decorator that wraps it."""
    for _ in range(8):
        inner = getattr(fn, "__wrapped__", None)
        if not inspect.isfunction(inner):
            break
        fn = inner
    return fn.__code__.co_firstlineno


def _cases(fn):
    marks = getattr(fn, "_idiom_params", [])
    if not marks:
        return [{}]
    cases = []
    for combo in itertools.product(*[rows for _, rows in marks]):
        case = {}
        for (names, _), row in zip(marks, combo):
            case.update(zip(names, row))
        cases.append(case)
    return cases


def answer_line(answer_name, tb):
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == answer_name:
            line = lineno
    return line


def run_tests(module, tests, answer_name):
    """Runs each test (each parametrized case) as pytest would: fixtures
    resolved by parameter name, fresh for each test, torn down after it.
    Returns [Outcome]; error is None when the test passed."""
    module_fixtures = _fixtures(vars(module), None)
    outcomes = []
    for name, target, line in tests:
        instance = None
        fn = target
        if isinstance(target, tuple):
            cls, fn = target
        table_error = getattr(fn, "_idiom_table_error", None)
        if table_error is not None:
            outcomes.append(Outcome(name, line, CollectionError(str(table_error)), [], fn))
            continue
        params_of = _fixture_params(vars(module))
        if isinstance(target, tuple):
            params_of.update(_fixture_params(vars(cls)))
        for case, chosen in _all_cases(fn, module_fixtures, params_of):
            used, teardown, cache = [], [], {}
            fixtures = dict(module_fixtures)
            if isinstance(target, tuple):
                instance = cls()	# a fresh instance per test, as pytest makes
                fixtures.update(_fixtures(vars(cls), instance))

            def resolve(param, asking=None):
                if param == "request":	# request.param: the value drawn for ASKING
                    return types.SimpleNamespace(**({"param": chosen[asking]}
                                                    if asking in chosen else {}))
                if param in case:
                    return case[param]
                if param in cache:
                    return cache[param]
                if param == "monkeypatch":
                    value = MonkeyPatch()
                    teardown.append(value.undo)
                elif param in fixtures:
                    used.append(param)
                    factory = fixtures[param]
                    args = [resolve(p, param) for p in _params(factory)]
                    value = factory(*args)
                    if inspect.isgenerator(value):
                        gen = value
                        value = next(gen)
                        teardown.append(lambda gen=gen: next(gen, None))
                else:
                    raise FixtureLookupError(param)
                cache[param] = value
                return value

            error = None
            hooks = vars(module)
            try:
                for auto in _autouse(vars(module)) + (_autouse(vars(cls)) if isinstance(target, tuple) else []):
                    resolve(auto)
                if callable(hooks.get("setup_function")):
                    _hook(hooks["setup_function"], fn)
                if callable(hooks.get("teardown_function")):
                    teardown.insert(0, lambda: _hook(hooks["teardown_function"], fn))
                # by keyword, as pytest passes them (a mock.patch argument comes after)
                if isinstance(target, tuple):
                    fn(instance, **{p: resolve(p) for p in _params(fn)[1:]})
                else:
                    fn(**{p: resolve(p) for p in _params(fn)})
            except BaseException as exc:  # a failing test, whatever it raised
                if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                    raise
                error = exc
            finally:
                for undo in reversed(teardown):
                    try:
                        undo()
                    except Exception as exc:
                        error = error or exc
            values = list(case.values()) + list(chosen.values())
            shown = name + ("[%s]" % "-".join(map(repr, values)) if values else "")
            outcomes.append(Outcome(shown, (answer_line(answer_name, error.__traceback__)
                                           if error else None) or line, error, used, fn))
    return outcomes


def _fixture_params(namespace):
    """name -> the values of each fixture in NAMESPACE made with params=."""
    return {value._idiom_fixture: value._idiom_fixture_params for value in list(namespace.values())
            if type(getattr(value, "_idiom_fixture_params", None)) is list}


def _all_cases(fn, fixtures, params_of):
    """[(parametrize case, {fixture: its param})]: each parametrize case once
    for each combination of the params= fixtures the test reaches."""
    out = []
    for case in _cases(fn):
        reached, seen, todo = [], set(), [p for p in _params(fn) if p not in case]
        while todo and len(seen) < 50:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            if name in params_of:
                reached.append(name)
            if name in fixtures:
                todo.extend(_params(fixtures[name]))
        for combo in itertools.product(*[params_of[n] for n in reached]):
            out.append((case, dict(zip(reached, combo))))
    return out[:200]


def _fixtures(namespace, instance):
    """name -> the fixture's own function, from a module's or (bound to
    INSTANCE) a test class's namespace."""
    found = {}
    for value in namespace.values():
        fn = getattr(value, "_idiom_fixture_fn", None)
        if callable(fn):
            found[value._idiom_fixture] = (types.MethodType(fn, instance)
                                           if instance is not None else fn)
    return found


def _autouse(namespace):
    """The names of the fixtures in NAMESPACE marked autouse=True: pytest
    sets them up before every test that can see them."""
    return [value._idiom_fixture for value in list(namespace.values())
            if getattr(value, "_idiom_autouse", False) is True]


def _hook(hook, fn):
    hook(*([fn] if _params(hook) else []))


def _params(fn):
    """FN's parameters pytest fills: those a `mock.patch` decorator fills
    (the first ones, one per patch made without `new`) are left out, as
    pytest leaves them."""
    names = list(inspect.signature(fn).parameters)
    patchings = getattr(fn, "patchings", None)
    if type(patchings) is list:
        from unittest import mock
        filled = sum(1 for p in patchings if getattr(p, "new", None) is mock.DEFAULT)
        names = names[filled:]
    return names


def describe(exc):
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return "%s: %s" % (type(exc).__name__, text) if text else type(exc).__name__




# Mutation runs in an order the tests cannot know.  A test that keeps state
# between runs (a counter that lets it pass only the first time) would
# otherwise "catch" every mutant, since the working code always ran first.
# The judge draws the order (run_order); the probe runs each implementation
# in that order and reports each test's failures per run; steady_tests keeps
# the tests that passed on every run of the working code.
WORKING = -1	# the working implementation's place in an order


def run_order(h, mutants, working=3):
    """Each mutant's index once and WORKING (the working code) WORKING
    times, shuffled with draws made in the judge."""
    order = [WORKING] * working + list(range(mutants))
    for i in range(len(order) - 1, 0, -1):
        j = h.random_int(0, i)
        order[i], order[j] = order[j], order[i]
    return order


def split_runs(order, runs, count):
    """(the working code's runs, {mutant index: its run}) from the probe's
    RUNS (one list of COUNT entries per entry of ORDER, one per test: a
    bool, True = failed, or the failure described and None = passed); a
    malformed run counts as every test failing."""
    runs = runs if type(runs) is list and len(runs) == len(order) else [None] * len(order)
    working, mutants = [], {}
    for index, run in zip(order, runs):
        ok = (type(run) is list and len(run) == count
              and all(e is None or type(e) in (bool, str) for e in run))
        run = run if ok else ["(no outcome)"] * count
        if index == WORKING:
            working.append(run)
        else:
            mutants[index] = run
    return working, mutants


def steady_tests(first, working):
    """For each test, True when it passed on the first run of the working
    code (FIRST: its outcomes) and on every later one (WORKING)."""
    return [o.get("error") is None and not any(run[i] for run in working)
            for i, o in enumerate(first)]
