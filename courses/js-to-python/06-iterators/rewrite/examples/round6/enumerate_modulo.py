def to_batches(items, size):
    batch = []
    for count, item in enumerate(items, start=1):
        batch.append(item)
        if count % size == 0:
            yield batch
            batch = []
    if batch:
        yield batch
