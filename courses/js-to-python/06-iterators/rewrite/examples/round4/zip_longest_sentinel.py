from itertools import zip_longest

_MISSING = object()


def to_batches(items, size):
    # the classic "grouper" trick: the same iterator repeated size times
    iterators = [iter(items)] * size
    for group in zip_longest(*iterators, fillvalue=_MISSING):
        yield [item for item in group if item is not _MISSING]


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
