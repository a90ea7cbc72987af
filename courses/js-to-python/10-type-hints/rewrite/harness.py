# Behavioural checks for lesson 10, Rewrite: `def count_words(words,
# min_length=None)` returning a dict of word counts.  Hints are never run
# through a type checker here (none is installed in the sandbox, and Python
# ignores them when it calls a function); the static rules judge them.  This
# harness judges what the hints promise at run time: the argument may be left
# out, and the counts come back as a plain dict (exactly a dict: a Counter
# is not one).  The words and the minimum are drawn at random for each check.
# Runs in the judge.  See docs/harness.md.
import inspect

GENERICS = "builtin-generics"
OPTIONAL = "optional-none"
RETURNS = "plain-dict"
OWNS = [OPTIONAL, RETURNS]

NAME = "count_words"
CAMEL = "countWords"
VOCABULARY = ["to", "be", "or", "not", "question", "whether", "nobler", "mind", "suffer",
              "slings", "arrows", "fortune", "sea", "troubles", "sleep", "dream"]
FIX = "counts[word] = counts.get(word, 0) + 1"


def read_params(a, found):
    """reading count_words's signature"""
    try:
        params = inspect.signature(a.module.__dict__[found]).parameters.values()
    except (TypeError, ValueError):
        return []
    return [{"name": p.name, "kind": p.kind.name, "has_default": p.default is not p.empty,
             "default_none": p.default is None,
             "default": None if p.default is p.empty else repr(p.default)[:40]}
            for p in params]


def random_words(h):
    """(words, minimum, counts of all, counts of the words at least minimum long)."""
    words = [h.random_choice(VOCABULARY) for _ in range(h.random_int(4, 9))]
    # Always a repeated short word and a repeated long one, so a count of 1
    # per word is wrong with and without the minimum.
    for pool in ([w for w in VOCABULARY if len(w) <= 2], [w for w in VOCABULARY if len(w) >= 6]):
        word = h.random_choice(pool)
        for _ in range(2):
            words.insert(h.random_int(0, len(words)), word)
    minimum = h.random_int(3, 5)
    # And a word exactly the minimum long: "at least" keeps it, so an answer
    # that keeps only longer words (`>` for `>=`) is wrong every time.
    edge = [w for w in VOCABULARY if len(w) == minimum]
    if edge:
        words.insert(h.random_int(0, len(words)), h.random_choice(edge))
    # And a capitalised copy of a word already there ("To" beside "to"): the
    # JavaScript counts them apart, so lowercasing or title-casing is wrong.
    word = h.random_choice(words)
    words.insert(h.random_int(0, len(words)), word[0].upper() + word[1:])
    counts, long = {}, {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
        if len(word) >= minimum:
            long[word] = long.get(word, 0) + 1
    return words, minimum, counts, long


def check_counts(h, result, expected, call, line):
    if type(result) is not dict:
        h.check(RETURNS, False, "%s returned %s, not a plain dict; build `counts: dict[str, int] "
                "= {}` and `return counts`" % (call, type(result).__name__), line)
        return False
    if result != expected:
        h.check(RETURNS, False, "%s returned %r; expected %r. Count each word with `%s`"
                % (call, result, expected, FIX), line)
        return False
    return True


def works_with(h, fn, call):
    """True when CALL ((args, kwargs, text)) returns without raising."""
    try:
        h.call(fn, *call[0], **call[1])
    except h.AnswerError:
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

    params = h.probe(read_params, found)
    params = params if type(params) is list else []
    if len(params) < 2:
        h.check(OPTIONAL, False, "`%s` takes %d parameter(s); add the optional one: "
                "`min_length: int | None = None`" % (found, len(params)), line)
        h.check(RETURNS, False, "cannot call `%s(words, min_length)`" % found, line)
        return
    second = params[1]
    name = second.get("name")
    if second.get("has_default") is not True:
        h.check(OPTIONAL, False, "`%s` has no default, so `%s(words)` raises TypeError; "
                "write `%s: int | None = None`" % (name, found, name), line)
    elif second.get("default_none") is not True:
        h.check(OPTIONAL, False, "`%s` defaults to %s; the JavaScript left it undefined, "
                "so default to None: `%s: int | None = None`" % (name, second.get("default"),
                                                                 name), line)
    else:
        h.check(OPTIONAL, True, "`%s` defaults to None" % name, line)

    # The first wrong result is reported; the later calls would repeat it.
    WORDS, minimum, ALL, LONG = random_words(h)
    words = list(WORDS)
    keyword = second.get("kind") == "KEYWORD_ONLY"

    def with_minimum(value):
        # `def count_words(words, *, min_length=None)` takes it by keyword only.
        if keyword:
            return (words,), {name: value}, "%s(words, %s=%r)" % (found, name, value)
        return (words, value), {}, "%s(words, %r)" % (found, value)

    calls = [with_minimum(None) + (ALL,), with_minimum(minimum) + (LONG,)]
    if second.get("has_default") is True:
        calls.insert(0, ((words,), {}, "%s(words)" % found, ALL))
    none_refused = second.get("default_none") is not True	# already failed OPTIONAL
    ok, none_broken = True, False
    for args, kwargs, call, expected in calls:
        try:
            result = h.call(fn, *args, **kwargs)
        except h.AnswerError as exc:
            if none_refused and None in list(args[1:]) + list(kwargs.values()):
                continue	# a None it was never written to take: OPTIONAL's fault, judged above
            if ((len(args) == 1 and not kwargs or None in list(args[1:]) + list(kwargs.values()))
                    and works_with(h, fn, with_minimum(minimum))):
                # Declared `= None` and fine with a number, yet it fails without
                # one: the optional parameter does not work as optional.
                if not none_broken:
                    h.check(OPTIONAL, False, "`%s` raised: %s; a None minimum must count "
                            "every word: `if %s is not None and len(word) < %s:`"
                            % (call, exc, name, name), exc.line or line)
                none_broken = True
                continue
            ok = False
            h.check(RETURNS, False, str(exc), exc.line or line)
            break
        if not check_counts(h, result, expected, call, line):
            ok = False
            break
    if ok and words != WORDS:
        ok = False
        h.check(RETURNS, False, "the function changed the caller's list; read `words` "
                "and build a new dict", line)
    if ok:
        h.check(RETURNS, True, "returns the right counts, with and without a minimum", line)
