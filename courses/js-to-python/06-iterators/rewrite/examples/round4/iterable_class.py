class Batches:
    """An iterable view of `items` in lists of `size`."""

    def __init__(self, items, size):
        if size < 1:
            raise ValueError("size must be at least 1")
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
    return Batches(items, size)


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
