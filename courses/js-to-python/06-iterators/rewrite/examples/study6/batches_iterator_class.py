class to_batches:
    """Hands out lists of `size` items, reading `items` only as needed."""

    def __init__(self, items, size):
        self.source = iter(items)
        self.size = size

    def __iter__(self):
        return self

    def __next__(self):
        batch = []
        for item in self.source:
            batch.append(item)
            if len(batch) == self.size:
                break
        if not batch:
            raise StopIteration
        return batch
