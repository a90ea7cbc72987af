_DONE = object()


def to_batches(items, size):
    iterator = iter(items)
    while True:
        batch = []
        for _ in range(size):
            item = next(iterator, _DONE)
            if item is _DONE:
                break
            batch.append(item)
        if not batch:
            return
        yield batch
        if len(batch) < size:
            return
