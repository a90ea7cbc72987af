from itertools import zip_longest

_FILL = object()


def to_batches(items, size):
    args = [iter(items)] * size
    for group in zip_longest(*args, fillvalue=_FILL):
        yield [item for item in group if item is not _FILL]
