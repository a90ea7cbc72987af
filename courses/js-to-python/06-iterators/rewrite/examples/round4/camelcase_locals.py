def to_batches(items, size):
    currentBatch = []
    for nextItem in items:
        currentBatch.append(nextItem)
        if len(currentBatch) == size:
            yield currentBatch
            currentBatch = []
    if len(currentBatch) > 0:
        yield currentBatch


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
