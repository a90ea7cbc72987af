def to_batches(items, size):
    # This is a generator function because it uses "yield".
    # It gives back one batch at a time instead of building a big list.
    current_batch = []

    # "items" can be any iterable: a list, a file, a generator...
    for item in items:
        current_batch.append(item)

        # When the batch is full, hand it to the caller right away.
        if len(current_batch) == size:
            yield current_batch
            current_batch = []  # start a new list (don't reuse the old one)

    # Anything left over is the last, smaller batch.
    if current_batch:
        yield current_batch
