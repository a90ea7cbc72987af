from itertools import islice


def to_batches(items, size):
    source = iter(items)
    while True:
        chunk = list(islice(source, size))
        if not chunk:
            break
        yield chunk
