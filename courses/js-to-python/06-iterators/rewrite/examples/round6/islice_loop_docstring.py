import itertools


def to_batches(items, size):
    """Yield lists of ``size`` items (the last may be shorter) from any iterable."""
    source = iter(items)
    while True:
        batch = list(itertools.islice(source, size))
        if not batch:
            break
        yield batch
