# Behavioural checks for lesson 06, Rewrite: `def to_batches(items, size)`
# yielding lists of up to `size` items from any iterable.  The answer is
# called with a list, then with a generator that counts how many items were
# pulled from it: a lazy answer has read only the first batch's items when
# the caller takes the first batch; an answer that builds every batch first
# has read them all.  The items and the size are drawn at random for each
# check.  Runs in the judge: the probes iterate in the answer's process and
# report plain data.  Each batch is copied as it is handed over, whatever it
# is (an item rather than a list stays as it is), and at most one batch per
# item is read, so an answer that never stops is judged, not run out of
# memory.  A fault seen with a list alone, while the same items from a
# generator come out right, is "Accepts any iterable"'s, unless a second
# call from a generator goes wrong too (state kept between calls, such as a
# default `batch=[]`: the batches' criterion); the same error raised at the
# same line from a list and from a generator is not about the input's kind.
# A right answer is also called with items that fill the last batch exactly
# and with no items: no empty batch may come out.  See docs/harness.md for
# the harness API.
import itertools
import traceback

LAZY = "lazy-batches"
ANY = "any-iterable"
NAMES = "pythonic-names"
OWNS = [LAZY, ANY, NAMES]

NAME = "to_batches"
CAMEL = "toBatches"
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


def copy_batch(batch):
    """BATCH as it is now: a list copy of an iterable, anything else as is."""
    if hasattr(batch, "__iter__") and not isinstance(batch, (str, bytes)):
        return list(batch)
    return batch


def batches(result, limit, kept=None):
    """Up to LIMIT batches of RESULT, each copied as it is handed over; the
    batch objects themselves go to KEPT."""
    out = []
    for batch in itertools.islice(result, limit):
        if kept is not None:
            kept.append(batch)
        out.append(copy_batch(batch))
    return out


def is_iterator(value):
    return hasattr(value, "__next__") and iter(value) is value


def from_list(a, found, items, size):
    """iterating to_batches(a list, size)"""
    result = a.call(a.module.__dict__[found], list(items), size)
    if result is None:
        return {"kind": "None"}
    kept = []
    got = batches(result, len(items) + 1, kept)
    return {"kind": "iterator" if is_iterator(result) else type(result).__name__,
            "batches": got,
            "reused": any(copy_batch(b) != c for b, c in zip(kept, got))}


def from_source(a, found, items, size):
    """calling to_batches(a generator, size)"""
    source = Source(items)
    try:
        result = a.module.__dict__[found](source, size)
        if result is None:
            return {"kind": "None"}
        limit = len(items) + 1
        if is_iterator(result):
            first = batches(result, 1)
            pulled = source.pulled
            got = first + batches(result, limit - 1)
        else:
            pulled = source.pulled
            got = batches(result, limit)
    except (TypeError, AttributeError) as exc:
        return {"kind": "raised", "error": describe(exc), "line": answer_line(a, exc)}
    return {"kind": "ok", "batches": got, "pulled": pulled}


def random_items(h):
    """(items, size, expected batches): a length that leaves a shorter last
    batch, and never the lesson's own size, 3, so a size written out fails."""
    size = h.random_choice([2, 4, 5, 6])
    count = size * h.random_int(2, 4) + h.random_int(1, size - 1)
    start = h.random_int(1, 500)
    items = list(range(start, start + count))
    return items, size, [items[i:i + size] for i in range(0, count, size)]


def check_with_list(h, found, line, items, size, expected, from_gen):
    seen = h.probe(from_list, found, items, size)
    kind = seen.get("kind") if type(seen) is dict else None
    if kind == "None" or type(kind) is not str:
        h.check(LAZY, False, "to_batches returns None; %s" % YIELD, line)
        return None
    if kind != "iterator":
        h.check(LAZY, False, "to_batches returns a finished %s, built before the caller "
                "reads the first batch; make it a generator: %s" % (kind, YIELD), line)
    else:
        h.check(LAZY, True, "returns a generator", line)
    got = seen.get("batches") if type(seen.get("batches")) is list else []
    if seen.get("reused") is True:
        h.check(LAZY, False, "a batch already handed to the caller changed afterwards: the "
                "same list is emptied and refilled, so `list(to_batches(...))` holds copies "
                "of one list; start a new list for each batch: `batch = []`", line)
    elif got != expected and from_gen == expected:
        pass	# right from a generator, wrong from a list: "Accepts any iterable" says so
    elif got != expected or not all(type(b) is list for b in got):
        h.check(LAZY, False, "to_batches(%r, %d) gave %r; expected %r (the last, shorter "
                "batch included)" % (items, size, got[:6], expected), line)
    else:
        h.check(LAZY, True, "the batches are right, the last shorter one included", line)
    return got


def check_with_generator(h, found, line, items, size, expected, listed, seen):
    if seen.get("kind") == "None":
        h.check(ANY, False, "to_batches returns None; loop over `items` and %s" % YIELD, line)
        return
    if seen.get("kind") == "raised":
        h.check(ANY, False, "given a generator, the answer raised %s; a generator has no "
                "len(), indexes or slices, so loop over it (`for item in items:`) or take "
                "batches with `islice(iter(items), size)`" % seen.get("error"),
                seen.get("line") if type(seen.get("line")) is int else line)
        return
    got = seen.get("batches") if type(seen.get("batches")) is list else None
    if got != listed and got == expected:
        h.check(ANY, False, "given a list, to_batches gave %r, but the right batches for the "
                "same items from a generator; take the batches from one iterator over the "
                "items (`iterator = iter(items)`) so a list is read once too"
                % (listed[:6],), line)
        return
    if got != listed:
        h.check(ANY, False, "given a generator of %r, to_batches gave %r, but %r for the "
                "same items in a list; loop over `items` once (`for item in items:`) so any "
                "iterable works" % (items, (got or [])[:6], listed[:6]), line)
        return
    h.check(ANY, True, "works on a generator as well as a list", line)
    if got != expected:
        return
    pulled = seen.get("pulled") if type(seen.get("pulled")) is int else len(items)
    if pulled > size + 1:
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
    items, size, expected = random_items(h)
    seen = h.probe(from_source, found, items, size)
    seen = seen if type(seen) is dict else {}
    try:
        listed = check_with_list(h, found, line, items, size, expected, seen.get("batches"))
    except h.AnswerError as exc:
        same_crash(h, exc, seen, line)
        raise
    if listed is None:
        h.check(ANY, False, "to_batches returns None; loop over `items` and %s" % YIELD, line)
        return
    if listed != expected and seen.get("batches") == expected:
        again = h.probe(from_source, found, items, size)
        if type(again) is dict and again.get("batches") != expected:
            h.check(LAZY, False, "the first call gave the right batches, a later call with the "
                    "same items gave %r: something outlives a call (a default `batch=[]` is "
                    "one list shared by every call); start each call with its own `batch = []`"
                    % (listed[:6],), line)
            h.check(ANY, True, "works on a generator as well as a list", line)
            return
    check_with_generator(h, found, line, items, size, expected, listed, seen)
    if listed == expected:
        check_edges(h, found, line, size)


def same_crash(h, exc, seen, line):
    """The list raised what the generator raised, at the same line: the fault
    is not about the kind of input (a `.push` on the batch), so "Accepts any
    iterable" is not the criterion that fails."""
    if (seen.get("kind") == "raised" and type(seen.get("error")) is str
            and exc.message == "the answer raised " + seen.get("error")
            and exc.line == seen.get("line")):
        h.check(ANY, True, "a list and a generator raise the same error at the same line: "
                "the input's kind is not what fails", line)


def check_edges(h, found, line, size):
    """Items that fill the last batch exactly, and no items at all: no empty
    batch comes out (the JavaScript's final `if (batch.length > 0)`)."""
    start = h.random_int(1, 500)
    for items in (list(range(start, start + size * h.random_int(2, 3))), []):
        expected = [items[i:i + size] for i in range(0, len(items), size)]
        seen = h.probe(from_source, found, items, size)
        got = seen.get("batches") if type(seen) is dict else None
        if type(got) is list and got != expected:
            h.check(LAZY, False, "to_batches(%r, %d) gave %r; expected %r: a batch is yielded "
                    "only when it holds items (`if batch: yield batch` after the loop)"
                    % (items, size, got[-3:], expected[-2:]), line)
            return
