def to_batches(items, size):
    result = []
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            result.append(batch)
            batch = []
    if batch:
        result.append(batch)
    yield from result
