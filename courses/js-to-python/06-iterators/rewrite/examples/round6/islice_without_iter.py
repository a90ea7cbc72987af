from itertools import islice


def to_batches(items, size):
    while batch := list(islice(items, size)):
        yield batch
