# Behavioural checks for lesson 02, Practice: `def make_greeters(names, *,
# greeting="Hello")` returning {name: greeter}, each greeter a function of no
# arguments returning f"{greeting}, {name}!".  The harness calls every
# greeter: closures made in a loop that all answer with the last name are
# late binding.  "def-not-lambda" and
# "explains-late-binding" are judged by the static and
# free-text rules, not here.  See docs/harness.md for the harness API.
import inspect

REMEMBERS = "own-name"

NAME = "make_greeters"
CAMEL = "makeGreeters"
NAMES = ["Ada", "Grace", "Linus"]
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


def check_greeters(h, greeters, expected, line):
    """True when every greeter returns its own greeting."""
    if not isinstance(greeters, dict):
        h.check(REMEMBERS, False, "make_greeters returned %s; return a dict mapping each "
                "name to its greeter: `{name: make_greeter(greeting, name) for name in names}`"
                % type(greeters).__name__, line)
        return False
    missing = [n for n in expected if n not in greeters]
    if missing:
        h.check(REMEMBERS, False, "the dict has no key %r; map each name to its greeter: "
                "`{name: make_greeter(greeting, name) for name in names}`" % missing[0], line)
        return False
    answers = {}
    for name in expected:
        greet = greeters[name]
        where = h.line_of(greet) or line
        if not callable(greet):
            h.check(REMEMBERS, False, "greeters[%r] is %r, not a function; %s"
                    % (name, greet, FACTORY), line)
            return False
        if not takes_no_arguments(greet):
            h.check(REMEMBERS, False, "greeters[%r] needs arguments; the caller writes "
                    "`greeters[%r]()`, so the greeter must remember its name itself: %s"
                    % (name, name, FACTORY), where)
            return False
        answers[name] = h.call(greet)
    wrong = [n for n in expected if answers[n] != expected[n]]
    if not wrong:
        h.check(REMEMBERS, True, "each greeter returns its own greeting (%r, ...)"
                % answers[next(iter(expected))], line)
        return True
    where = h.line_of(greeters[wrong[0]]) or line
    last = list(expected)[-1]
    if len(set(answers.values())) == 1 and len(expected) > 1:
        h.check(REMEMBERS, False, "every greeter returned %r: a closure made in a loop looks "
                "`name` up when it is called, and by then the loop has ended on %r (late "
                "binding); %s" % (answers[last], last, FACTORY), where)
    else:
        h.check(REMEMBERS, False, "greeters[%r]() returned %r; expected %r"
                % (wrong[0], answers[wrong[0]], expected[wrong[0]]), where)
    return False


def grade(h):
    # An answer that raises is reported as an error with its line: h.load
    # and h.call raise h.AnswerError, left to propagate.
    module = h.load()
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        h.check(REMEMBERS, False, 'define `def %s(names, *, greeting="Hello"):`' % NAME)
        return
    line = h.line_of(fn)
    greeters = h.call(fn, list(NAMES))
    h.note("greeters", repr(greeters))
    if not check_greeters(h, greeters, {n: "Hello, %s!" % n for n in NAMES}, line):
        return
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return
    if "greeting" not in params:
        return

    def make_greeters_saying_hi():
        return fn(["Ada", "Grace"], greeting="Hi")

    check_greeters(h, h.call(make_greeters_saying_hi), {"Ada": "Hi, Ada!", "Grace": "Hi, Grace!"},
                   line)
