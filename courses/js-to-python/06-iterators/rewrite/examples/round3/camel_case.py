def to_batches(items, batchSize):
    currentBatch = []
    for item in items:
        currentBatch.append(item)
        if len(currentBatch) == batchSize:
            yield currentBatch
            currentBatch = []
    if currentBatch:
        yield currentBatch
