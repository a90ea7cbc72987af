from itertools import islice


class Batches:
    """Iterator over consecutive lists of at most `size` items."""

    def __init__(self, items, size):
        self._source = iter(items)
        self._size = size

    def __iter__(self):
        return self

    def __next__(self):
        batch = list(islice(self._source, self._size))
        if not batch:
            raise StopIteration
        return batch


def to_batches(items, size):
    return Batches(items, size)
