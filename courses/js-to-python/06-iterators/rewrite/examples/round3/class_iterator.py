class Batcher:
    def __init__(self, items, size):
        self._it = iter(items)
        self._size = size

    def __iter__(self):
        return self

    def __next__(self):
        batch = []
        for item in self._it:
            batch.append(item)
            if len(batch) == self._size:
                return batch
        if batch:
            return batch
        raise StopIteration


def to_batches(items, size):
    return Batcher(items, size)
