# Behavioural checks for lesson 02, Practice: `def make_greeters(names, *,
# greeting="Hello")` returning {name: greeter}, each greeter a function of no
# arguments returning f"{greeting}, {name}!".  The harness calls every
# greeter: closures made in a loop that all answer with the last name are
# late binding.  The names and the greeting are drawn at random for each
# check, so a dict written out for the lesson's example names does not pass.
# "def-not-lambda" and "explains-late-binding" are judged by the static and
# free-text rules, not here.  Runs in the judge: the probe below runs in the
# answer's process and reports plain data.  See docs/harness.md.
import inspect

REMEMBERS = "own-name"
OWNS = [REMEMBERS]

NAME = "make_greeters"
CAMEL = "makeGreeters"
# Never the lesson's own example names (Ada, Grace, Linus).
POOL = ["Guido", "Barbara", "Edsger", "Alan", "Radia", "Ken", "Margaret", "Donald", "Frances",
        "Niklaus", "Katherine", "Dennis", "Hedy"]
GREETINGS = ["Hi", "Hey", "Welcome", "Good morning", "Ahoy", "Greetings"]
FACTORY = ("a factory gives each greeter its own `name`: `def make_greeter(greeting, name):` "
           "with an inner `def greet(): return f\"{greeting}, {name}!\"`, then "
           "`{name: make_greeter(greeting, name) for name in names}`")


def takes_no_arguments(fn):
    try:
        inspect.signature(fn).bind()
    except TypeError:
        return False
    except ValueError:		# no signature to read (a builtin): try it
        return True
    return True


def greet_all(a, found, names, greeting):
    """calling make_greeters and each greeter"""
    fn = a.module.__dict__[found]
    if greeting is None:
        greeters = a.call(fn, list(names))
    else:
        greeters = a.call(fn, list(names), greeting=greeting)
    if type(greeters) is not dict:
        return {"type": type(greeters).__name__}
    seen = {}
    for name in names:
        if name not in greeters:
            return {"type": "dict", "missing": name}
        greet = greeters[name]
        code = getattr(greet, "__code__", None)
        entry = {"callable": callable(greet), "line": getattr(code, "co_firstlineno", None),
                 "shown": repr(greet)[:60]}
        if entry["callable"]:
            entry["no_args"] = takes_no_arguments(greet)
            if entry["no_args"]:
                entry["value"] = a.call(greet)
        seen[name] = entry
    return {"type": "dict", "greeters": seen}


def greeting_param(a, found):
    """reading make_greeters's signature"""
    try:
        return "greeting" in inspect.signature(a.module.__dict__[found]).parameters
    except (TypeError, ValueError):
        return False


def check_greeters(h, seen, expected, line):
    """True when every greeter returned its own greeting (as an exact str)."""
    if type(seen) is not dict or seen.get("type") != "dict":
        kind = seen.get("type") if type(seen) is dict else "something else"
        h.check(REMEMBERS, False, "make_greeters returned %s; return a dict mapping each "
                "name to its greeter: `{name: make_greeter(greeting, name) for name in names}`"
                % kind, line)
        return False
    if "missing" in seen:
        h.check(REMEMBERS, False, "the dict has no key %r; map each name to its greeter: "
                "`{name: make_greeter(greeting, name) for name in names}`" % seen["missing"],
                line)
        return False
    greeters = seen.get("greeters") or {}
    answers = {}
    for name in expected:
        entry = greeters.get(name) or {}
        where = entry.get("line") if type(entry.get("line")) is int else line
        if entry.get("callable") is not True:
            h.check(REMEMBERS, False, "greeters[%r] is %s, not a function; %s"
                    % (name, entry.get("shown"), FACTORY), line)
            return False
        if entry.get("no_args") is not True:
            h.check(REMEMBERS, False, "greeters[%r] needs arguments; the caller writes "
                    "`greeters[%r]()`, so the greeter must remember its name itself: %s"
                    % (name, name, FACTORY), where)
            return False
        answers[name] = entry.get("value")
    wrong = [n for n in expected if type(answers[n]) is not str or answers[n] != expected[n]]
    if not wrong:
        h.check(REMEMBERS, True, "each greeter returns its own greeting (%r, ...)"
                % answers[next(iter(expected))], line)
        return True
    entry = greeters.get(wrong[0]) or {}
    where = entry.get("line") if type(entry.get("line")) is int else line
    last = list(expected)[-1]
    shown = [repr(v) for v in answers.values()]
    if len(set(shown)) == 1 and len(expected) > 1:
        h.check(REMEMBERS, False, "every greeter returned %r: a closure made in a loop looks "
                "`name` up when it is called, and by then the loop has ended on %r (late "
                "binding); %s" % (answers[last], last, FACTORY), where)
    else:
        h.check(REMEMBERS, False, "greeters[%r]() returned %r; expected %r"
                % (wrong[0], answers[wrong[0]], expected[wrong[0]]), where)
    return False


def random_names(h, count):
    names = []
    while len(names) < count:
        name = h.random_choice(POOL)
        if name not in names:
            names.append(name)
    return names


def grade(h):
    # An answer that raises is reported as an error with its line: h.load
    # and h.call raise h.AnswerError, left to propagate.
    module = h.load()
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        h.check(REMEMBERS, False, 'define `def %s(names, *, greeting="Hello"):`' % NAME)
        return
    line = h.line_of(fn)
    names = random_names(h, 3)
    seen = h.probe(greet_all, found, names, None)
    h.note("greeters", seen)
    if not check_greeters(h, seen, {n: "Hello, %s!" % n for n in names}, line):
        return
    if not h.probe(greeting_param, found):
        return
    names, greeting = random_names(h, 2), h.random_choice(GREETINGS)
    check_greeters(h, h.probe(greet_all, found, names, greeting),
                   {n: "%s, %s!" % (greeting, n) for n in names}, line)
