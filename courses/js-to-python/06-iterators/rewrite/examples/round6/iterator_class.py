class to_batches:
    """Iterator over batches of ``size`` items."""

    def __init__(self, items, size):
        self._items = iter(items)
        self._size = size

    def __iter__(self):
        return self

    def __next__(self):
        batch = []
        for item in self._items:
            batch.append(item)
            if len(batch) == self._size:
                return batch
        if batch:
            return batch
        raise StopIteration
