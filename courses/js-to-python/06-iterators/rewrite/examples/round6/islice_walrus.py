from itertools import islice


def to_batches(items, size):
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
