from itertools import islice


def to_batches(items, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    return _batches(iter(items), size)


def _batches(iterator, size):
    while True:
        batch = list(islice(iterator, size))
        if not batch:
            return
        yield batch
