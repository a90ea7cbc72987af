from itertools import islice


def to_batches(items, size):
    """Yield tuples of up to `size` items, like itertools.batched in 3.12."""
    iterator = iter(items)
    while batch := tuple(islice(iterator, size)):
        yield batch
