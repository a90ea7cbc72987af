from itertools import islice


def to_batches(items, size):
    it = iter(items)
    while True:
        chunk = tuple(islice(it, size))
        if not chunk:
            return
        yield chunk
