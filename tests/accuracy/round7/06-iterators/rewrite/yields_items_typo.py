def to_batches(items, size):
    batch, count = [], 0
    for item in items:
        batch.append(item)
        count += 1
        if count == size:
            yield batch
            batch, count = [], 0
    if batch:
        yield batch
