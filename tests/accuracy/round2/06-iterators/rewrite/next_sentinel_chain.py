from itertools import chain, islice

_END = object()


def to_batches(items, size):
    it = iter(items)
    while (first := next(it, _END)) is not _END:
        yield list(chain([first], islice(it, size - 1)))
