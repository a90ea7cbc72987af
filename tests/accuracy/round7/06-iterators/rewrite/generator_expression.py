from itertools import islice


def to_batches(items, size):
    it = iter(items)
    return iter(lambda: list(islice(it, size)), [])
