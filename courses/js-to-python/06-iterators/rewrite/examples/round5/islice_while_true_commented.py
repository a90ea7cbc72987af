from itertools import islice


def to_batches(items, size):
    """Yield lists of up to `size` items, one batch at a time."""
    # Make one iterator so every islice call continues where the last stopped
    iterator = iter(items)
    while True:
        # Take at most `size` items from the iterator
        batch = list(islice(iterator, size))
        # Nothing left: the generator is finished
        if not batch:
            return
        # Hand this batch to the caller before reading any more
        yield batch
