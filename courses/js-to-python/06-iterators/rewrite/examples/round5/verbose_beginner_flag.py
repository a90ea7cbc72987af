def to_batches(items, size):
    """Split items into batches of the given size.

    This is a generator, so each batch is given to the caller as soon as it
    is full. It works with lists, files and other generators because it
    only uses a for loop over items.
    """
    batch = []
    count = 0
    for item in items:
        batch.append(item)
        count = count + 1
        if count == size:
            yield batch
            batch = []
            count = 0
    has_leftovers = len(batch) > 0
    if has_leftovers == True:
        yield batch
