# Behavioural checks for lesson 01, Practice: `best_score(scores)` returns
# the highest score or None for an empty list, and `score_line(player_name,
# scores)` returns "<name>: best <score>" or "<name>: no games yet".  A score
# of 0 is real: every check's drawn cases hold a best of 0, which catches the
# truthiness trap (`if not best`, `max(scores) or None`).  "explains-truthiness" is
# judged on the docstrings and comments by the free-text rules, not here.
# See docs/harness.md for the harness API.
PYTHONIC = "snake-case-returns-none"
TESTS = "truthiness-and-is-none"
OWNS = [PYTHONIC, TESTS]	# the criteria this harness judges (the judge model)


def shown(name, args):
    return "%s(%s)" % (name, ", ".join(repr(a) for a in args))


def call(h, fn, name, *args):
    """(result, None), or (None, message) when max() of an empty list raised;
    any other failure of the answer propagates and is reported as an error."""
    try:
        return h.call(fn, *args), None
    except h.AnswerError as exc:
        if "ValueError" in exc.message and not args[-1]:
            return None, ("calling %s, %s: max() of an empty list has no answer. Check the list "
                          "first (`if not scores: return None`) or write "
                          "`max(scores, default=None)`" % (shown(name, args), exc.message))
        raise


# Drawn in the judge for each check, so a table of written-out answers
# fails.  Every draw still holds the trap: a best score of 0 (zeros only, and
# zero beside negatives), next to an ordinary best.
NAMES = ["mira", "tomas", "keiko", "omar", "lena", "ravi", "ines", "yusuf"]


def drawn_scores(h, low, high, count):
    return [h.random_int(low, high) for _ in range(count)]


def unsorted(h, scores):
    """scores (three or more) with the highest moved inside, so the list is
    sorted neither way and an answer that sorts the caller's list shows it."""
    scores = sorted(scores)
    top = scores.pop()
    scores.insert(h.random_int(1, len(scores) - 1), top)
    return scores


def best_cases(h):
    """[(scores, best)]: an ordinary best among a zero, best 0 twice, then
    negative scores only (a running best started at 0 reports 0 there)."""
    ordinary = unsorted(h, drawn_scores(h, 1, 99, h.random_int(2, 5)) + [0])
    zeros = [0] * h.random_int(1, 4)
    negatives = drawn_scores(h, -50, -1, h.random_int(1, 3)) + [0]
    below_zero = unsorted(h, drawn_scores(h, -50, -1, h.random_int(3, 5)))
    return [(ordinary, max(ordinary)), (zeros, 0), (negatives, 0),
            (below_zero, max(below_zero))]


def changed_input(h, found, args, before, line):
    """Fails PYTHONIC when the call changed the caller's list."""
    if args[-1] == before:
        return False
    h.check(PYTHONIC, False, "%s changed the caller's list to %r: finding the best must "
            "leave the scores as they were (`max(scores)` reads them, `scores.sort()` "
            "reorders them)" % (shown(found, args[:-1] + (before,)), args[-1]), line)
    return True


def line_cases(h):
    """[(name, scores, line)]: no games, best 0 twice, an ordinary best."""
    names = [h.random_choice(NAMES) for _ in range(4)]
    ordinary = unsorted(h, drawn_scores(h, 1, 99, h.random_int(3, 5)))
    cases = [(names[0], []), (names[1], [0] * h.random_int(1, 3)),
             (names[2], drawn_scores(h, -50, -1, h.random_int(1, 3)) + [0]),
             (names[3], ordinary)]
    return [(name, scores, "%s: no games yet" % name if not scores else
             "%s: best %d" % (name, max(scores))) for name, scores in cases]


def check_best_score(h, fn, found):
    line = h.line_of(fn)
    ok = {PYTHONIC: True, TESTS: True}
    result, failure = call(h, fn, found, [])
    if failure:
        ok[PYTHONIC] = False
        h.check(PYTHONIC, False, failure, line)
    elif result is not None:
        ok[PYTHONIC] = False
        h.check(PYTHONIC, False, "%s returned %r; Python's \"no value\" is None, not a "
                "sentinel: `if not scores: return None`" % (shown(found, [[]]), result), line)
    for scores, best in best_cases(h):
        before = list(scores)
        result, _ = call(h, fn, found, scores)
        if changed_input(h, found, (scores,), before, line):
            ok[PYTHONIC] = False
            break
        if result == best and result is not None and result is not False:
            continue
        if best == 0 and result is None:
            ok[TESTS] = False
            h.check(TESTS, False, "%s returned None: a best score of 0 is falsy, so "
                    "truthiness turned it into \"no score\". Return `max(scores)` and keep "
                    "None for the empty list" % shown(found, [scores]), line)
        else:
            ok[PYTHONIC] = False
            h.check(PYTHONIC, False, "%s returned %r, expected %r: `return max(scores)`"
                    % (shown(found, [scores]), result, best), line)
        break
    if ok[PYTHONIC]:
        h.check(PYTHONIC, True, "best_score returns the highest score, or None for []", line)
    if ok[TESTS]:
        h.check(TESTS, True, "best_score keeps a best score of 0", line)


def check_score_line(h, fn, found):
    line = h.line_of(fn)
    ok = {PYTHONIC: True, TESTS: True}
    for name, scores, expected in line_cases(h):
        before = list(scores)
        result, failure = call(h, fn, found, name, scores)
        if failure:
            ok[PYTHONIC] = False
            h.check(PYTHONIC, False, failure, line)
            break
        if changed_input(h, found, (name, scores), before, line):
            ok[PYTHONIC] = False
            break
        if result == expected:
            continue
        if expected.endswith("best 0") and isinstance(result, str) and result.endswith("no games yet"):
            ok[TESTS] = False
            h.check(TESTS, False, "%s returned %r: a best score of 0 is falsy, so `if not best:` "
                    "reads it as missing. Test the missing case with `if best is None:`"
                    % (shown(found, [name, scores]), result), line)
        else:
            ok[PYTHONIC] = False
            fstring = ('f"{player_name}: no games yet"' if not scores
                       else 'f"{player_name}: best {best}"')
            h.check(PYTHONIC, False, "%s returned %r, expected %r: build it with an f-string, "
                    "`%s`" % (shown(found, [name, scores]), result, expected, fstring), line)
        break
    if ok[PYTHONIC]:
        h.check(PYTHONIC, True, "score_line returns the expected lines", line)
    if ok[TESTS]:
        h.check(TESTS, True, "score_line reports a best score of 0 as a score", line)


def grade(h):
    module = h.load()
    for name, camel, check in (("best_score", "bestScore", check_best_score),
                               ("score_line", "scoreLine", check_score_line)):
        fn, found = h.find_function(module, name, camel)
        if fn is None:
            for criterion in (PYTHONIC, TESTS):
                h.check(criterion, False, "define `def %s(...)`, as the exercise asks" % name)
            continue
        if found == camel:
            h.check(PYTHONIC, False, "Python names functions in snake_case (PEP 8): `%s`, not "
                    "`%s`" % (name, camel), h.line_of(fn))
        check(h, fn, found)
