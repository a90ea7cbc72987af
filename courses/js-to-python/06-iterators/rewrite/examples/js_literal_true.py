from itertools import islice


def to_batches(items, size):
    iterator = iter(items)
    while true:
        batch = list(islice(iterator, size))
        if not batch:
            break
        yield batch
