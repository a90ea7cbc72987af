from itertools import islice


def to_batches(items, size):
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
