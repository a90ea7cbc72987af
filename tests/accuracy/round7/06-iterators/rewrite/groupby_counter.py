from itertools import count, groupby


def to_batches(items, size):
    counter = count()
    for _, group in groupby(items, key=lambda _: next(counter) // size):
        yield list(group)
