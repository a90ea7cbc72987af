from itertools import islice


def to_batches(items, size):
    """Yield lists of up to `size` items from any iterable."""
    it = iter(items)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch
