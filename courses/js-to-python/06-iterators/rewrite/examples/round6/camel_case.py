def to_batches(items, size):
    batchSize = size
    currentBatch = []
    for item in items:
        currentBatch.append(item)
        if len(currentBatch) == batchSize:
            yield currentBatch
            currentBatch = []
    if len(currentBatch) > 0:
        yield currentBatch
