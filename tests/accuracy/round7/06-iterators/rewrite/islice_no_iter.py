from itertools import islice


def to_batches(items, size):
    while True:
        batch = list(islice(items, size))
        if not batch:
            return
        yield batch
