_DONE = object()


def to_batches(items, size):
    iterator = iter(items)
    batch = []
    while (item := next(iterator, _DONE)) is not _DONE:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
