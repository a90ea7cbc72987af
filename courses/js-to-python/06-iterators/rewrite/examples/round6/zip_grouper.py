def to_batches(items, size):
    it = iter(items)
    return zip(*[it] * size)
