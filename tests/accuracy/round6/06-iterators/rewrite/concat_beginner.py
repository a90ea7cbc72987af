def to_batches(items, size):
    # collect items until the batch is full, then hand it out
    batch = []
    for item in items:
        batch = batch + [item]
        if len(batch) >= size:
            yield batch
            batch = []
    # whatever is left over is the last batch
    if len(batch) > 0:
        yield batch
