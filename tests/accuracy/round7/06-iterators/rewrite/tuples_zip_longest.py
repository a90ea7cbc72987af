from itertools import zip_longest


def to_batches(items, size):
    args = [iter(items)] * size
    return zip_longest(*args)
