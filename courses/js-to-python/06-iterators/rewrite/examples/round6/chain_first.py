from itertools import chain, islice


def to_batches(items, size):
    iterator = iter(items)
    for first in iterator:
        yield list(chain([first], islice(iterator, size - 1)))
