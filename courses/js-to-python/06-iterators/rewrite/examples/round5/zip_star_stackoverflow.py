def to_batches(items, size):
    # https://stackoverflow.com/a/... "iterate in chunks"
    args = [iter(items)] * size
    return zip(*args)
