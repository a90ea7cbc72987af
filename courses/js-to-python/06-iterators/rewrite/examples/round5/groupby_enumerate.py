from itertools import groupby


def to_batches(items, size):
    for _, group in groupby(enumerate(items), key=lambda pair: pair[0] // size):
        yield [item for _, item in group]
