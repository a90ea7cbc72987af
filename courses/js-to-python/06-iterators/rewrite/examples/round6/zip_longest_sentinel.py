from itertools import zip_longest

_MISSING = object()


def to_batches(items, size):
    iterators = [iter(items)] * size
    for group in zip_longest(*iterators, fillvalue=_MISSING):
        yield [item for item in group if item is not _MISSING]
