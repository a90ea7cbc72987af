# Behavioural checks for lesson 10, Rewrite: `def count_words(words,
# min_length=None)` returning a dict of word counts.  Hints are never run
# through a type checker here (none is installed in the sandbox, and Python
# ignores them when it calls a function); the static rules judge them.  This
# harness judges what the hints promise at run time: the argument may be left
# out, and the counts come back as a dict.  See docs/harness.md.
import inspect

GENERICS = "builtin-generics"
OPTIONAL = "optional-none"
RETURNS = "plain-dict"

NAME = "count_words"
CAMEL = "countWords"
WORDS = ["to", "be", "or", "not", "to", "be", "question"]
ALL = {"to": 2, "be": 2, "or": 1, "not": 1, "question": 1}
LONG = {"not": 1, "question": 1}
FIX = "counts[word] = counts.get(word, 0) + 1"


def check_counts(h, result, expected, call, line):
    if not isinstance(result, dict):
        h.check(RETURNS, False, "%s returned %s, not a dict; build `counts: dict[str, int] = {}` "
                "and `return counts`" % (call, type(result).__name__), line)
        return False
    if dict(result) != expected:
        h.check(RETURNS, False, "%s returned %r; expected %r. Count each word with `%s`"
                % (call, dict(result), expected, FIX), line)
        return False
    return True


def grade(h):
    module = h.load()
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        for criterion in (OPTIONAL, RETURNS):
            h.check(criterion, False, "define `def %s(words: list[str], min_length: int | None "
                    "= None) -> dict[str, int]:`" % NAME)
        return
    line = h.line_of(fn)
    if found == CAMEL:
        h.check(RETURNS, False, "Python names functions in snake_case: `%s`, not `%s`"
                % (NAME, CAMEL), line)

    params = list(inspect.signature(fn).parameters.values())
    if len(params) < 2:
        h.check(OPTIONAL, False, "`%s` takes %d parameter(s); add the optional one: "
                "`min_length: int | None = None`" % (found, len(params)), line)
        h.check(RETURNS, False, "cannot call `%s(words, min_length)`" % found, line)
        return
    second = params[1]
    if second.default is inspect.Parameter.empty:
        h.check(OPTIONAL, False, "`%s` has no default, so `%s(words)` raises TypeError; "
                "write `%s: int | None = None`" % (second.name, found, second.name), line)
    elif second.default is not None:
        h.check(OPTIONAL, False, "`%s` defaults to %r; the JavaScript left it undefined, "
                "so default to None: `%s: int | None = None`" % (second.name, second.default,
                                                                 second.name), line)
    else:
        h.check(OPTIONAL, True, "`%s` defaults to None" % second.name, line)

    # The first wrong result is reported; the later calls would repeat it.
    words = list(WORDS)
    keyword = second.kind is inspect.Parameter.KEYWORD_ONLY

    def with_minimum(value):
        # `def count_words(words, *, min_length=None)` takes it by keyword only.
        if keyword:
            return (words,), {second.name: value}, "%s(words, %s=%r)" % (found, second.name, value)
        return (words, value), {}, "%s(words, %r)" % (found, value)

    calls = [with_minimum(None) + (ALL,), with_minimum(3) + (LONG,)]
    if second.default is not inspect.Parameter.empty:
        calls.insert(0, ((words,), {}, "%s(words)" % found, ALL))
    ok = True
    for args, kwargs, call, expected in calls:
        if not check_counts(h, h.call(fn, *args, **kwargs), expected, call, line):
            ok = False
            break
    if ok and words != WORDS:
        ok = False
        h.check(RETURNS, False, "the function changed the caller's list; read `words` "
                "and build a new dict", line)
    if ok:
        h.check(RETURNS, True, "returns the right counts, with and without a minimum", line)
