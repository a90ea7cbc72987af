from more_itertools import chunked


def to_batches(items, size):
    yield from chunked(items, size)
