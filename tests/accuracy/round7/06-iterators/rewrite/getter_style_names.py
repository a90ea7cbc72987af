from itertools import islice


class BatchUtil:
    @staticmethod
    def getNextBatch(iterator, batchSize):
        return list(islice(iterator, batchSize))


def to_batches(items, size):
    iterator = iter(items)
    nextBatch = BatchUtil.getNextBatch(iterator, size)
    while nextBatch:
        yield nextBatch
        nextBatch = BatchUtil.getNextBatch(iterator, size)
