class Batches:
    """Iterable view of `items` in groups of `size`."""

    def __init__(self, items, size):
        self.items = items
        self.size = size

    def __iter__(self):
        batch = []
        for item in self.items:
            batch.append(item)
            if len(batch) == self.size:
                yield batch
                batch = []
        if batch:
            yield batch


def to_batches(items, size):
    return iter(Batches(items, size))
