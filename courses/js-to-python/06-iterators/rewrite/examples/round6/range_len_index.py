def to_batches(items, size):
    batch = []
    for i in range(len(items)):
        batch.append(items[i])
        if len(batch) == size:
            yield batch
            batch = []
    if len(batch) > 0:
        yield batch
