from itertools import batched


def to_batches(items, size):
    for batch in batched(items, size):
        yield list(batch)
