from itertools import islice


def to_batches(items, size):
    it = iter(items)
    yield from iter(lambda: list(islice(it, size)), [])
