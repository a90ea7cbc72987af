def to_batches(items, size):
    batchSize = size
    currentBatch = []
    for currentItem in items:
        currentBatch.append(currentItem)
        if len(currentBatch) == batchSize:
            yield currentBatch
            currentBatch = []
    if len(currentBatch) > 0:
        yield currentBatch


toBatches = to_batches
