def to_batches(items, size):
    batch = []
    for index, item in enumerate(items, start=1):
        batch.append(item)
        if index % size == 0:
            yield batch
            batch = []
    if batch:
        yield batch
