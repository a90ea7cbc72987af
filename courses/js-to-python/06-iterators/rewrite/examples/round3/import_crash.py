from itertools import batch


def to_batches(items, size):
    yield from batch(items, size)
