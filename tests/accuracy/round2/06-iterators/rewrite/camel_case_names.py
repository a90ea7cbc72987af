def to_batches(items, size):
    currentBatch = []
    for item in items:
        currentBatch.append(item)
        if len(currentBatch) == size:
            yield currentBatch
            currentBatch = []
    if currentBatch:
        yield currentBatch
