"""Lesson 06 · Rewrite: reference answer."""
from itertools import islice


def to_batches(items, size):
    """Yield lists of up to `size` items, taken from any iterable."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
