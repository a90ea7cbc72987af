def to_batches(items, size):
    i = 0
    batch = []
    while i < len(items):
        batch.append(items[i])
        if len(batch) == size:
            yield batch
            batch = []
        i += 1
    if len(batch) > 0:
        yield batch
