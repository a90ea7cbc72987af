# Behavioural checks for lesson 06, Rewrite: `def to_batches(items, size)`
# yielding lists of up to `size` items from any iterable.  The answer is
# called with a list, then with a generator that counts how many items were
# pulled from it: a lazy answer has read only the first batch's items when
# the caller takes the first batch; an answer that builds every batch first
# has read them all.  See docs/harness.md for the harness API.
import traceback

LAZY = "lazy-batches"
ANY = "any-iterable"
NAMES = "pythonic-names"

NAME = "to_batches"
CAMEL = "toBatches"
SIZE = 3
ITEMS = list(range(1, 11))
EXPECTED = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10]]
YIELD = "`yield batch` each time it is full (or `while batch := list(islice(iterator, size)): yield batch`)"


class Source:
    """A one-pass iterator over ITEMS that counts what was pulled from it."""

    def __init__(self, items):
        self._items = iter(items)
        self.pulled = 0

    def __iter__(self):
        return self

    def __next__(self):
        value = next(self._items)
        self.pulled += 1
        return value


def answer_line(h, exc):
    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == h.answer_name:
            line = lineno
    return line


def describe(exc):
    text = str(exc)
    return "%s: %s" % (type(exc).__name__, text) if text else type(exc).__name__


def batches(result):
    return [list(batch) if not isinstance(batch, str) else batch for batch in result]


def is_iterator(value):
    return hasattr(value, "__next__") and iter(value) is value


def check_with_list(h, fn, line):
    result = h.call(fn, list(ITEMS), SIZE)
    if result is None:
        h.check(LAZY, False, "to_batches returns None; %s" % YIELD, line)
        return None
    if not is_iterator(result):
        h.check(LAZY, False, "to_batches returns a finished %s, built before the caller "
                "reads the first batch; make it a generator: %s"
                % (type(result).__name__, YIELD), line)
    else:
        h.check(LAZY, True, "returns a generator", line)
    try:
        got = batches(result)
    except Exception as exc:
        raise h.AnswerError("the answer raised %s" % describe(exc), answer_line(h, exc),
                            "iterating to_batches(%r, %d)" % (ITEMS, SIZE))
    if got != EXPECTED:
        h.check(LAZY, False, "to_batches(%r, 3) gave %r; expected %r (the last, shorter "
                "batch included)" % (ITEMS, got[:6], EXPECTED), line)
    else:
        h.check(LAZY, True, "the batches are right, the last shorter one included", line)
    return got


def check_with_generator(h, fn, line, from_list):
    source = Source(ITEMS)
    try:
        result = fn(source, SIZE)
        if result is None:
            h.check(ANY, False, "to_batches returns None; loop over `items` and %s" % YIELD, line)
            return
        if is_iterator(result):
            first = next(result, None)
            pulled = source.pulled
            rest = batches(result)
        else:
            pulled = source.pulled
            got = batches(result)
            first, rest = (got[0] if got else None), got[1:]
    except Exception as exc:
        where = answer_line(h, exc) or line
        if isinstance(exc, (TypeError, AttributeError)):
            h.check(ANY, False, "given a generator, the answer raised %s; a generator has no "
                    "len(), indexes or slices, so loop over it (`for item in items:`) or take "
                    "batches with `islice(iter(items), size)`" % describe(exc), where)
            return
        raise h.AnswerError("the answer raised %s" % describe(exc), where,
                            "calling to_batches(a generator, %d)" % SIZE)
    got = ([list(first)] if first is not None else []) + rest
    if got != from_list:
        h.check(ANY, False, "given a generator of %r, to_batches gave %r, but %r for the "
                "same items in a list; loop over `items` once (`for item in items:`) so any "
                "iterable works" % (ITEMS, got[:6], from_list[:6]), line)
        return
    h.check(ANY, True, "works on a generator as well as a list", line)
    if got != EXPECTED:
        return
    if pulled > SIZE + 1:
        h.check(LAZY, False, "all %d items were read before the caller got the first batch; "
                "%s" % (pulled, YIELD), line)
    else:
        h.check(LAZY, True, "the first batch came after reading %d items" % pulled, line)
    h.note("pulled_before_first_batch", pulled)


def grade(h):
    module = h.load()
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        for criterion in (LAZY, ANY, NAMES):
            h.check(criterion, False, "define `def %s(items, size):`" % NAME)
        return
    line = h.line_of(fn)
    if found == CAMEL:
        h.check(NAMES, False, "Python names functions in snake_case: `%s`, not `%s`"
                % (NAME, CAMEL), line)
    else:
        h.check(NAMES, True, "named `%s`" % NAME, line)
    from_list = check_with_list(h, fn, line)
    if from_list is None:
        h.check(ANY, False, "to_batches returns None; loop over `items` and %s" % YIELD, line)
    else:
        check_with_generator(h, fn, line, from_list)
